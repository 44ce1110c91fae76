# String and bytes literal forms: escapes, raw, triple quotes, concatenation.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print("tab\tnew\\nline", "bell\a".encode(), "\x41\u00e9\U0001F600".encode("utf-8"))
print("\101\102\103", "\0".encode(), len("\N{GREEK SMALL LETTER ALPHA}"))
print(r"raw \n \t \\ stays", R"upper R \d")
print(r"a\"b", len(r"\"" ))
s = """line one
    line two \
continued
line three"""
print(s)
print(repr(s))
print("implicit" " concatenation" ' works', "x" "y" == "xy")
t = ("multi"
     "-line"
     "-concat")
print(t)
print(b"bytes", B"upper", b'\x00\xff', rb"raw\x00", br"\n")
print(b"abc"[0], b"abc"[1:], list(b"hi"), bytes([104, 105]))
print(b"a" b"b", bytearray(b"xyz"), bytes(3), b"%d-%s" % (5, b"x"))
print("%s %r %d %5.2f %-5s| %05d %x %o %e %c %%" % ("s", "r", 42, 3.14159, "ab", 42, 255, 8, 12345.678, 65))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("{} {} {}".format(1, "a", [2]), "{0}{1}{0}".format("x", "y"), "{name}".format(name="n"))
print("{:>10}|{:<10}|{:^10}|".format("r", "l", "c"), "{:*^9}".format("mid"))
print("{0!r} {0!s} {0!a}".format("é"), "{[1]} {.real}".format([9, 8], 3))
print("{:,} {:_b} {:.3e} {:g}".format(10 ** 7, 255, 1234.5, 0.00001))
print(str(b"abc"), repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\n\x01\u0100"))
print(ascii("é→😀"), ord("é"), chr(8594), "\u2192" == "→")
print("a" * 3, 3 * "ab", "" * 5, "abc"[::-1], "abcdef"[1:5:2], "abc"[-1])
print("x" in "xyz", "xy" not in "abc", "" in "abc")
print(u"unicode prefix", type(u""))
print("%.3s|%5.1s|" % ("abcdef", "xyz"), "%+d %+d" % (5, -5), "%#x %#o" % (255, 8))
print("%-8.3f|%8.3e|%g" % (2.5, 2.5, 2.5e10))
print('''He said "hello" and 'bye' ''')
print("\N{EM DASH}".encode("utf-8"), "\u00e9" == "\xe9")
long = ("This is a very long string that "
        "continues over "
        f"several lines with {1 + 1} pieces")
print(long)
