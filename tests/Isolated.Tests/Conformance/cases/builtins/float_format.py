# format() mini-language for floats, ints, complex and strings.
def check(spec, values):
    out = []
    for v in values:
        try:
            out.append(format(v, spec))
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    print(repr(spec), out)

floats = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 1e-7, 1.5e300, float('inf'), float('-inf'), float('nan'), 0.5, 100.0]
for spec in ["", "f", ".2f", ".0f", "10.3f", "<10.2f", "^12.1f", "*>12.3f", "+.2f", " .2f", "-.2f",
             "e", ".3e", "E", ".0e", "g", ".3g", ".10g", "G", "#g", "#.3g", "%", ".1%", "08.2f", "+08.2f",
             "=+10.2f", ",.2f", "_.3f", ",", "n", ".3n", "#.0f", "#.0e", "z.2f", "015,.2f", "10", "<", ".50f",
             ".20g", "r", "d", "x", "s"]:
    check(spec, floats)

ints = [0, 7, -7, 255, -255, 1234567, 2 ** 64, -(2 ** 70), True]
for spec in ["", "d", "5d", "<5d", "^7d", "05d", "+d", " d", ",d", "_d", "b", "#b", "o", "#o", "x", "#x",
             "X", "#X", "_x", "#_b", "c", "e", ".2f", "%", "g", "n", "=+8d", "0=8d", "#010x", "-^9", "s", ".2"]:
    check(spec, ints)

for spec in ["", "r", "<30", ">30", "^30", ".3", "10.2f", "+.1e", "g", "^20.2f", "=20"]:
    check(spec, [1 + 2j, -1.5 - 0.25j, 1j, complex(0, -0.0), complex(float('inf'), float('nan')), 3.0 + 0j])

for spec in ["", "s", "10", "<10", ">10", "^10", "*^11", ".2", "10.3", "=10", "+", "d", "#"]:
    check(spec, ["abc", "", "héllo", "日本語"])

print(f"{3.14159:{10}.{3}f}|{'x':{'>'}{5}}|{42:#{'x'}}|{12345:{','}}")
print(f"{1e100:.3}|{123.456:.1}|{0.00001234:.2}|{1.0:.0}|{12.0:g}|{1e16:g}|{1e-5:g}|{123456789.0:g}")
print("{:.3}|{:.3}|{:.3}".format(1.0, 10.0, 12345.678))
print(format(1234.5, ",.1f"), format(-1234.5, "_.2e"), format(0.000123, ".2%"))
print(format(2 ** 100, ","), format(2 ** 100, "e"), format(-(10 ** 20), ".3g"))
print("%s %r %5.2f %-6d| %+d %x %X %o %e %g %c %%" % ("s", "r", 3.14159, 42, 5, 255, 255, 8, 12345.678, 0.00001, 65))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%*d|%-*d|" % (5, 1, 5, 2), "%.*f" % (2, 1.23456))
print("%5s|%-5s|%.2s|%c|%c" % ("ab", "ab", "abcdef", "z", 0x1F600))
print("%#x %#o %#X %08.3f %+.0e %i %u" % (255, 8, 255, -3.14159, 12345.0, 7, 8))
for fmt, arg in [("%d", "x"), ("%d", 1.5), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%c", 1.5), ("%c", "ab"), ("%(a)s", 1), ("%x", 1.5)]:
    try:
        print(repr(fmt % arg))
    except Exception as e:
        print(fmt, type(e).__name__, e)
