# String formatting for reports: f-string specs, format_map, nested fields, alignment, tables, number formats.
rows = [("Widget", 1234.5, 0.1234, 42), ("Gadget", 98765.4321, -0.05, 7), ("Thingamajig", 0.5, 1.5, 100000)]
header = f"{'Item':<12}|{'Price':>12}|{'Change':>8}|{'Qty':>8}"
print(header)
print("-" * len(header))
for name, price, change, qty in rows:
    print(f"{name:<12.10}|{price:>12,.2f}|{change:>+8.1%}|{qty:>8,}")
print(f"{'':=^44}")
width, prec = 10, 3
print(f"{3.14159265:{width}.{prec}f}|{'center':^{width}}|{42:0{width}d}|{-42:<+{width}}")
print(f"{255:#x} {255:#o} {255:#b} {255:X} {1e6:.2e} {123456789:_d} {0.000123:.2g} {1/3:.10f}")
print(f"{'truncate me':.5} {'pad':*>7} {'pad':*<7} {'pad':*^8} {7:>3}|{True!s:>6}|{None!r}")
point = {"x": 1.5, "y": -2}
print("Point({x}, {y})".format(**point), "Point({x:.2f}, {y:+d})".format_map(point))


class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"


print("{name} is {age} years old, lives in {city}".format_map(Default(name="Ann", age=30)))
print("{0}{1}{0}".format("ab", "-"), "{:{fill}{align}{w}}".format("x", fill="~", align="^", w=5), "{!r:>8}".format("q"))
import datetime
d = datetime.date(2024, 7, 4)
print(f"{d:%d/%m/%Y} {d:%A} {d!r} {d}")
value = 1234.5678
for spec in [".0f", ".1f", ",.2f", "e", "E", "g", "%", "10.3f", "<10.1f", "^10.1f", "=+10.1f", "012.3f", "_.2f"]:
    print(f"{spec!r:>8}: [{value:{spec}}]")
for n in [0, 1, -1, 255, 10 ** 12]:
    print(f"{n:>15,} {n:>#12x} {n:>+6d} {n:b}"[:60])
print("%5.1f%%" % 99.44, "%-10s|" % "left", "%+.3e" % 12345.678, "%08.3f" % -3.14159, "%x %X %o" % (3054, 3054, 8))
print("%(a)s and %(b)r" % {"a": "A", "b": "B"}, "%c%c" % (72, "i"), "%5s|%-5s|" % ("ab", "cd"), "%.2s" % "abcdef", "%*d" % (5, 42))
tbl = [["id", "name", "score"], [1, "ann", 93.5], [22, "bob", 8], [333, "cy", 100.0]]
widths = [max(len(str(r[i])) for r in tbl) for i in range(3)]
for r in tbl:
    print(" | ".join(str(c).rjust(w) if isinstance(c, (int, float)) else str(c).ljust(w) for c, w in zip(r, widths)))
print(f"{'nested {braces}'}", f"{{literal}}", f"{'a' 'b'}", f"{3 + 4 = }", f"{value = :.1f}", f"{'x'!a}", f"{'é'!a}")
items = ["a", "b", "c"]
print(f"{', '.join(items)}", f"{len(items)} item{'s' if len(items) != 1 else ''}", f"{items[-1].upper()}", f"{ {'k': 1}['k'] }")
try:
    f"{1:d}" + f"{'s':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "%d" % "s"
except TypeError as e:
    print("TypeError:", e)
print(format(1234567, ","), format(-0.5, ".0f"), format(0.125, ".2f"), format(2.675, ".2f"), format(1e100, ".3g"), str(1e16), repr(1.0e-4))
