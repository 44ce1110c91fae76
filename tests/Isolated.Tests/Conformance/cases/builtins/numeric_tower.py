# Numeric tower: int/float/complex/Fraction/Decimal interplay, numbers ABCs, hashing equality, rounding modes, integer ops.
import numbers
import math
from fractions import Fraction
from decimal import Decimal

values = [3, 2.5, 1 + 2j, Fraction(1, 3), Decimal("1.5"), True]
for v in values:
    print(type(v).__name__, isinstance(v, numbers.Number), isinstance(v, numbers.Real), isinstance(v, numbers.Rational), isinstance(v, numbers.Integral))
print(3 + 2.5, 3 + Fraction(1, 2), 2.5 + Fraction(1, 2), 1 + 2j + 1.5, Fraction(1, 2) + True, Decimal(1) + 2)
for a, b in [(Decimal(1), 1.5), (Decimal(1), Fraction(1, 2)), (1j, Fraction(1))]:
    try:
        print(a + b)
    except TypeError as e:
        print("TypeError")
print(hash(2) == hash(2.0) == hash(Fraction(2)) == hash(Decimal(2)), hash(0.5) == hash(Fraction(1, 2)), 2 == 2.0 == Fraction(4, 2) == Decimal("2.0"))
print(1 / 3, 1 // 3, -1 // 3, 7.5 // 2, -7.5 % 2, 2 ** -1, (-8) ** (1 / 3) if False else (-8) ** 3, 0 ** 0, 10 ** 18 + 1)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5), round(2.5), round(3.5), int(2.9999), int(-0.5))
print(math.isqrt(10 ** 20 + 5), math.gcd(48, 180, 30), math.lcm(4, 6, 10), math.comb(52, 5), math.perm(5, 2), math.factorial(20))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.inf > 10 ** 1000, -math.inf, math.nan == math.nan, math.isnan(float("nan")), math.copysign(1, -0.0), math.fmod(-7, 3), -7 % 3)
print((2 ** 64).bit_length(), (-(2 ** 63)).to_bytes(8, "big", signed=True).hex(), int.from_bytes(b"\xff\xff", "big", signed=True))
print(divmod(10 ** 30 + 7, 97), pow(7, 10 ** 6, 1000003), pow(5, -1, 13), (10 ** 50) // (3 ** 20), -(10 ** 30) // 7, (10 ** 30) % -7)
print(float(10 ** 308), 10 ** 308 * 10.0, (2 ** 1023) * 2.0 if False else 2.0 ** 1023, 1e308 * 10, 5e-324 / 2, float.fromhex("0x1.8p1"), (1.5).hex())
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print((1.5).as_integer_ratio(), (0.1).as_integer_ratio(), (7).as_integer_ratio(), 3.0.is_integer(), (2 ** 0.5) ** 2)
print(complex(3, 4).conjugate(), abs(3 + 4j), (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), (1j) ** 2, complex("-1.5e3-2j"), 2j.imag)
print(int("ff", 16), int("0b101", 0), int("0o17", 0), int("z", 36), int("-  5".replace(" ", "")), int(True), float("  3.25 "), int(" 42\n"))
for bad in ["1.5", "abc", "", "0x"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
print(format(255, "08b"), format(-3.14159, "+.2e"), format(1e-10, "g"), format(12345678.9, ",.1f"), format(0.5, ".0%"), format(10, "^6"))
print(sum([1, 2.5, Fraction(1, 2)]), max(1, 2.5, Fraction(7, 2)), min(Decimal("0.1"), 1), sorted([3, 1.5, Fraction(2), True]))
print(True + True, True * 3.5, -True, ~True, True & False, True | 2, bool(0.0), bool(0j), bool(Fraction(0)), bool(Decimal("0.0")))
