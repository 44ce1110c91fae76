# str.format, format(), f-strings and %-formatting
print("{} {} {}".format(1, "two", 3.0), "{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0!r} {0!s} {0!a}".format("é"), "{:>6}|{:<6}|{:^6}|".format("a", "b", "c"), "{:*^9}".format("mid"))
print("{:.3}".format("truncate"), "{0[1]}".format("xy"), "{0[k]}".format({"k": "v"}), "{{literal}}".format())
print("{:5d}|{:<5d}|{:05d}|{:+d}|{:,}|{:_x}|{:#b}|{:o}".format(42, 42, 42, 42, 1234567, 255, 5, 8))
print("{:.2f}|{:10.3e}|{:g}|{:%}|{:.1%}".format(3.14159, 12345.678, 0.0001, 0.25, 0.123))
print(format("x", ">3"), format(12, "04"), format(3.5), format(True), format(None), format([1, 2]))
x, w, p = 3.14159, 10, 2
print(f"{x:{w}.{p}f}|{x!r}|{'s'!r:>5}|{42:#x}|{x=}")
print("%s|%r|%a|%5s|%-5s|%.2s" % ("x", "y", "é", "ab", "cd", "xyz"))
print("%d|%i|%5d|%-5d|%05d|%+d|% d|%.3d" % (1, -2, 4, 5, -6, 7, 8, 9))
print("%o|%#o|%x|%#x|%X|%#X" % (8, 8, 255, 255, 255, 255))
print("%f|%.2f|%e|%.3E|%g|%G|%10.4f|%-10.2f|" % (3.14159, 2.005, 12345.678, 0.000123, 0.00001, 1e20, 2.5, 1.5))
print("%c%c|%(a)s-%(b)d|%%|%*d|%.*s" % (65, "é", {"a": 1, "b": 2}["a"], 2, 5, 1, 2, "abcdef") if False else "%c%c|%%|%*d|%.*s" % (65, "é", 5, 1, 2, "abcdef"))
print("%(a)s-%(b)d" % {"a": "x", "b": 3})
for bad in [lambda: "%d" % "a", lambda: "%s %s" % 1, lambda: "%s" % (1, 2), lambda: "{".format(), lambda: "{0}{}".format(1, 2),
            lambda: "{1}".format(1), lambda: format("a", "d"), lambda: format("a", "+"), lambda: "%z" % 1, lambda: "{x}".format()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

class Money:
    def __format__(self, spec):
        return "$" + spec
print(format(Money(), "5"), "{:abc}".format(Money()), f"{Money():x}")
print(repr(1.5), ascii("é😀"), repr("it's"), repr('say "hi"'), repr("both ' \""), repr("\x00\t\u200b"))
print(chr(65), chr(0x1F600), ord("A"), ord("😀"), ord(b"a"))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
