from decimal import Decimal
from fractions import Fraction
import math

values = [0, 1, -1, 3.14159, -2.5, 1e-7, 123456789.987, float("inf"), float("nan"), 2 ** 64, -0.0]
for v in values:
    print(f"{v!r:>22} | {v:12.3f} | {v:<12e} | {v:^+12g} | {v:,.2f}" if not isinstance(v, int) or v > 1e6 or True else "")
for n in [0, 7, 255, -255, 65535, 10 ** 12]:
    print(f"{n:b} {n:o} {n:x} {n:X} {n:#x} {n:#o} {n:08b} {n:_d} {n:,} {n:+} {n:=+10}")
print(f"{0.5:%} {0.125:.1%} {1/3:.10f} {2/3:.3g} {1e21:g} {1e-5:g} {123.0:g}")
print(f"{'left':<10}|{'right':>10}|{'mid':^11}|{'fill':*^12}|")
width, prec = 12, 4
print(f"{math.pi:{width}.{prec}f}|{math.e:<{width}.{prec}e}|")
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(7, -1))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, math.fmod(-7, 2), pow(3, -1, 7), pow(2, 100, 97))
print(Decimal("1.10") + Decimal("2.205"), Decimal(1) / Decimal(7), Decimal("2.5").quantize(Decimal("1")))
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(1.5), float(Fraction(22, 7)))
print(int("ff", 16), int("0b1011", 0), int(" 42 "), int("1_000"), float("1e3"), float(" -inf "))
print(1.1 + 2.2, 0.1 * 3, 1e16 + 1, 2 ** 0.5, 10 / 3, 7.0 // 2, 1 / 3 * 3 == 1)
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (1024).bit_length(), (-5).bit_count() if hasattr(int, "bit_count") else "")
print(math.isclose(0.1 + 0.2, 0.3), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.gcd(12, 18), math.lcm(4, 6))
print(f"{12345.6789:,.2f}", f"{-0.0:+.1f}", f"{1234567:,}".replace(",", "."), format(1e100, ".3e"))
print(str(1e22), repr(1e-4), 1.0e15, 12345678901234567890.0, 0.1 + 0.7)
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), f"{1+2j:.2f}", (1j) ** 2)
print(sum([0.1] * 10), math.fsum([0.1] * 10), sorted([3, 1.5, Fraction(2), Decimal("2.5") if False else 2.25]))
