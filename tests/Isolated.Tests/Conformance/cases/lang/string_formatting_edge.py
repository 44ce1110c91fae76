print("%r %s %a" % ("é", "é", "é"))
print("%(a)s-%(b)03d" % {"a": "x", "b": 7})
print("%c%c" % (72, "i"), "%%", "%.3s" % "abcdef", "%+d % d" % (5, 5))
print("{:>5}|{:<5}|{:^5}|{:*^7}".format("a", "b", "c", "d"))
print("{0!r:>8}".format("q"), "{:.2%}".format(0.256), "{:,}".format(10**9), "{:_b}".format(255))
print("{a[0]} {b.real}".format(a=[9], b=3))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "{}{}".format(1)
except IndexError as e:
    print("IndexError:", e)
