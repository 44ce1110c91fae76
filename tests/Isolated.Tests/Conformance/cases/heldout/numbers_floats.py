import math
vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e17, 1.5e-5, 1e-4, 123456789012345678.0, 5e-324, 1.7976931348623157e308,
        float("inf"), -float("inf"), float("nan"), -0.0, 100.0, 1e22, 1e23, 2.5, 0.3, 9007199254740993.0]
for v in vals:
    print(repr(v), str(v), f"{v}", f"{v:g}", f"{v:.3}", round(v, 2) if math.isfinite(v) else v, v.is_integer() if math.isfinite(v) else "-", float.hex(v) if math.isfinite(v) else "-")
print(float("  1_000.5  "), float("-inf"), float("nAn"), float("1e-400"), float("1e400"), float(".5"), float("5."), float("0x1p3") if False else float.fromhex("0x1p3"))
print(0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), abs(-0.0), -0.0 == 0.0, math.copysign(1, -0.0), 1 / float("inf"), math.atan2(-0.0, -1))
print(round(0.5), round(1.5), round(2.5), round(-1.5), round(0.125, 2), round(0.375, 2), round(1e300, -299), round(15, -1), round(25, -1), round(-25, -1))
print(int(3.99), int(-3.99), math.floor(-3.5), math.ceil(-3.5), math.trunc(-3.5), round(-3.5), int("  7 "), float(True), 7 // 2.0, -7 // 2.0, 7 % -3.0, -7.5 // 2)
print(2 ** 0.5, 2 ** -1, (-8) ** (1/3), pow(-8, 1/3), 0 ** 0, 0.0 ** 0, 10 ** -2, (-2) ** 0.5, 1j ** 2, pow(2, 0.5))
print(math.sqrt(2), math.exp(1), math.log(100, 10), math.log10(1000), math.log2(1024), math.log(math.e), math.pi, math.tau, math.e, math.inf)
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.factorial(20), math.gcd(0, 0), math.gcd(-12, 18), math.isqrt(99), math.fabs(-3), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.modf(-3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.isnan(float("nan")), math.isinf(-1e400), float("nan") == float("nan"), float("nan") in [float("nan")])
n = float("nan")
print(n in [n], [n] == [n], n is n, max(1, n), max(n, 1), min([3, n, 1]), sorted([3, 1, 2.5, -1, 0.0, -0.0]))
print(1e308 * 10, -1e308 * 10, 1e-320, 1e-320 / 1e10, 2.0 ** 1023 * 2 if False else "skip")
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    10 ** 400 * 1.0
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
print(10 ** 400 // 3 > 1e300, 10 ** 400 > float("inf"), 2 ** 1024 == float("inf"), 2 ** 53 == 2.0 ** 53, 10 ** 20 / 10 ** 10, 7 / 7, 2 ** 100 / 2 ** 99)
print((1.5).hex(), float.fromhex("-0x1.8p1"), (0.1).as_integer_ratio(), 1.0.is_integer(), (3.0).conjugate(), (2.5).real, (2.5).imag)
print(divmod(7.5, 2), divmod(-7, 2.5), 5.0 // 0.3, 5 % 0.3, hash(1.0) == hash(1), hash(-1), hash(0.5), {1: "int", 1.0: "float", True: "bool"})
c = complex(3, 4)
print(c, abs(c), c.conjugate(), c * (1 - 2j), c / 2, c ** 2, complex("1+2j"), complex(" -1.5e3-2j "), repr(complex(0, -0.0)), complex(-0.0, 0), -(1j), 1j * 1j)
import cmath
print(cmath.sqrt(-4), cmath.phase(-1), cmath.polar(1j), cmath.exp(1j * cmath.pi).real, cmath.isclose(cmath.exp(1j * cmath.pi), -1))
print(sum([0.1, 0.2, 0.3]), sum([1e20, 1.0, -1e20]), sum([0.1] * 3), math.fsum([0.1] * 3), sum([3, 0.5j]), sum([0.5, 2**60]))
import statistics
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2, 5]), statistics.mode([1, 1, 2]), round(statistics.stdev([2, 4, 4, 4, 5, 5, 7, 9]), 6), statistics.pvariance([1, 2, 3]))
print(f"{math.pi:.50f}", f"{1/3:.20f}", f"{2**0.5:.30e}", f"{1e-310:.5g}", "%.15g" % 0.1, "%.17g" % 0.1, "%.0f" % 0.5, "%.0f" % 1.5, "%.0f" % 2.5)
print(f"{123.456:010.2f} {-123.456:010.2f} {123.456:+.1e} {0.000123456:.2g} {123456789:.3g} {1.0:.0e} {12.0:g} {1e5:g} {1e6:g} {1.23e-5:f}")
