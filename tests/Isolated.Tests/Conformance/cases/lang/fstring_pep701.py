# f-strings under PEP 701 (3.12): nested quotes, nesting, debugging '=', conversions, specs.
songs = ["Take me back to Eden", "Alkaline", "Ascensionism"]
print(f"This is the playlist: {", ".join(songs)}")
print(f"{f"{f"{f"{f"{1+1}"}"}"}"}")
d = {"key": "value", 'other': 3}
print(f"{d["key"]} and {d['other']}")
print(f"{'\n'.join(['a', 'b'])!r}")
print(f"{'tab\there'}")
x = 42
y = 3.14159
name = "world"
print(f"{x=}")
print(f"{x = }")
print(f"{x=:>8}")
print(f"{y=:.2f}")
print(f"{name=!r}")
print(f"{name=!s}")
print(f"{name!a}")
print(f"{'héllo'!a}")
print(f"{x + 1 = }")
print(f"{x:08b} {x:#x} {x:#o} {x:X} {x:,} {1234567:_}")
print(f"{y:10.3f}|{y:<10.2f}|{y:^10.1f}|{y:e}|{y:%}")
width, prec = 12, 4
print(f"{y:{width}.{prec}f}|")
print(f"{name:*^{width}}")
print(f"{'nested':{'>' if x > 0 else '<'}{width}}")
print(f"{{literal braces}} {{{x}}}")
print(f"{x!r:>6}")
items = [1, 2, 3]
print(f"{[i * 2 for i in items]}")
print(f"{ {k: v for k, v in zip('ab', items)} }")
print(f"{(lambda v: v * 3)(x)}")
print(f"{x if x > 10 else 'small'}")
print(f"""triple {
    x
    + 1
} done""")
print(f'''{"multi"
       "line"}''')
print(rf"raw \n {x}")
print(fr"\d+{name}")
print(F"upper prefix {x}")
print(f"{3.0:g} {1e20:g} {1.5e-7:g} {0.0001:g}")
print(f"{-0.0:+} {5:+} {-5: } {5: }")
print(f"{12345.6789:,.2f} {0.5:.0%}")
print(f"{'abc':.2}|{'abc':5}|{'abc':>5}")
import datetime
dt = datetime.date(2024, 3, 5)
print(f"{dt:%Y/%m/%d} {dt!r}")
class Fmt:
    def __format__(self, spec):
        return f"<Fmt spec={spec!r}>"
    def __repr__(self):
        return "Fmt()"
    def __str__(self):
        return "str-Fmt"
f = Fmt()
print(f"{f} {f:abc} {f!r} {f!s} {f=}")
print(f"{f:{x}}")
# a '#' inside an f-string expression part is part of a string
print(f"{'#hash'}")
print(f"{x:{'>'}{10}}")
print(f"{'a' 'b'}")
print(f"{x:=^10}")
print(f"{b'bytes'!r}")
print(f"{None!r} {True:d} {False:>6}")
