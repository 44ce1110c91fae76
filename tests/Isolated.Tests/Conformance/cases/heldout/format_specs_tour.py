import datetime
from decimal import Decimal
from fractions import Fraction

values = [0, 1, -1, 3.14159, -2.5e-7, 1e21, 123456789.987, float("inf"), float("-inf"), float("nan"), -0.0]
for v in values:
    print(f"{v!r:>14} | {v:12.3f} | {v:<12.4e} | {v:^+12.5g} | {v:%}" if isinstance(v, float) else f"{v!r:>14} | {v:12d} | {v:+}")

w, p = 12, 3
for x in (3.14159, 2.71828, 1.41421):
    print(f"[{x:{w}.{p}f}] [{x:>{w}}] [{x:*^{w}.{p+1}}] [{x:0{w}.2f}]")

n = 1234567890
print(f"{n:,} {n:_} {n:,.2f} {n:_b} {n:#x} {n:#o} {n:08X} {n:e} {n:>20,}")
print(f"{-n:,} {-n:=+20,} {n:=20} {n: d} {-3: d} {42:c}")
print("{:.2%} {:.0%} {:g} {:g} {:g}".format(0.4567, 1.0, 1e-5, 123456789.0, 0.0001))
print("{0:>8}|{0:<8}|{0:^8}|{1:#>8}|".format("ab", "cd"))
print("{name!r:^20}|{name!s:.3}|{name!a}".format(name="café"))
print("%5d|%-5d|%05d|%+d|%x|%X|%o|%e|%g|%10.4f|%-10s|%r" % (42, 42, 42, 42, 255, 255, 8, 12345.678, 0.00001234, 3.14159, "hi", "hi"))
print("%(name)s is %(age)d years and %(h).2f m" % {"name": "Ann", "age": 33, "h": 1.756})
print("%c%c%c %% %s %a" % (72, "i", 33, [1, 2], "é"))
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
d = datetime.date(2024, 2, 29)
dt = datetime.datetime(2023, 12, 31, 23, 59, 58, 123456)
print(f"{d:%Y-%m-%d %A %j %B} {dt:%H:%M:%S.%f %p %a %b %d}")
print(f"{d!s} {d!r} {dt.isoformat()} {dt.date() - d}")
print("{:%d/%m/%y}".format(d), format(d, ""), str(dt))
print(f"{Decimal('1234.5678'):,.2f} {Decimal('-0.000123'):.2e} {Decimal('12.5'):>10}")
print(f"{Fraction(3, 8)} {Fraction(22, 7):>10} {float(Fraction(22, 7)):.5f}")
print(f"{'text':-^30}")
print(f"{True} {True:d} {True:>6} {None!r} {[1, 'a']!s:>12}")
print(f"{3+4j} {complex(1, -1):.2f} {1j:>10} {complex(0.5, 2):g}")
class Money:
    def __init__(self, amount, cur="EUR"):
        self.amount, self.cur = amount, cur
    def __format__(self, spec):
        if spec.endswith("c"):
            return f"{self.amount:{spec[:-1] or ''},.2f} {self.cur}"
        return format(self.amount, spec)
    def __repr__(self):
        return f"Money({self.amount!r}, {self.cur!r})"
m = Money(1234567.891)
print(f"{m:c} | {m:>20c} | {m:.1f} | {m!r} | {m}")
print("{0.amount} {0.cur} {1[0]} {1[x]} {2[1][0]}".format(m, {0: "zero", "x": "ex"}, [0, [9]]))
print("{:{fill}{align}{width}}".format("mid", fill="~", align="^", width=11))
print(format(1234.5, "n"), format(1e100, ".3"), format(1/3, ".17"), format(2/3, "r") if False else repr(2/3))
print("{{literal}} {}".format(5), f"{{x}} {{{5}}}")
print(f"{'nested ' + f'{1+1}'!r}")
width = 5
print(f"{'%'}{42:{width}}{'%':>{width}}")
print(f"{1e16:,.0f} {12345.6789:_.3f} {0.1+0.2!r} {0.1+0.2:.17g}")
print(f"{255:08_b} {-42:#b} {2**31:,d} {-0.0:+.1f} {0.0:-.1f} {-1e-10:.3f}")
print(f"{'left':<{10}}|{'right':>{10}}|")
x = 10
print(f"{x=}, {x * 2 = }, {x=:>5}, {'s'=!r:5}")
