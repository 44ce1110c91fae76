# Integer and float edge semantics: division, rounding, conversion, big ints, special values.
import math, sys
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(-7.0 // 2, -7.0 % 2, 7.0 % -2, math.fmod(-7, 2), math.remainder(7, 2))
print(divmod(7, -2), divmod(-7.5, 2), divmod(0, 5), divmod(10**20, 7))
for bad in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "divmod(1, 0)", "0 ** -1", "1.5 // 0.0", "10 ** -1 % 0"]:
    try:
        eval(bad)
    except ZeroDivisionError as e:
        print(f"{bad}: ZeroDivisionError: {e}")
print(2 ** 0.5, 4 ** 0.5, (-8) ** (1 / 3), 8 ** (1 / 3), (-1) ** 0.5)
print(10 ** -2, 2 ** -2, (-2) ** -1, 0.0 ** 0, 0 ** 0.0)
big = 2 ** 200
print(big, big.bit_length(), -big // 3, big % 1000, len(str(big)))
print(big * big // big == big, (big + 1) ** 2 - big ** 2, big >> 190, -big >> 199)
print(int("9" * 50) + 1, int("-" + "1" * 30) * 2)
print(float(big), int(float(2 ** 60)), float(2 ** 1023) * 2)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(0.125, 2), round(0.375, 2))
print(round(1e300), round(123.456, 1), round(123.456, -1), round(-123.456, 0), type(round(2.5)), type(round(2.5, 0)))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), math.floor(2), math.ceil(2.000001))
print(float("1e500"), float("-1e500"), 1e-400, -0.0, 0.0 == -0.0, math.copysign(1, -0.0), str(-0.0))
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf < 0 < inf, nan > 0, nan < 0, nan != nan, math.isnan(nan), math.isinf(-inf))
print(max(nan, 1), max(1, nan), min(nan, 1), sorted([3, 1, 2]), inf == inf, inf > 10 ** 400)
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 10 ** 20 == 1e20, 0.1 * 3 == 0.3)
print(hash(2 ** 53) == hash(2.0 ** 53), 1 < 1.5 < 2, 10 ** 400 > inf, -(10 ** 400) < -inf)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.maxsize == 2 ** 63 - 1)
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).hex(), float.fromhex("-0x1p-1074"))
print(int(True), int("  -0  "), int("+5"), int("0o17", 0), int("0B11", 0), int("z", 36), int("10", 2))
for bad in ["int('')", "int('1.5')", "int('0x', 16)", "int('9', 8)", "int('1', 1)", "int('1', 37)", "float('abc')", "float('')", "int(' 1 2 ')"]:
    try:
        eval(bad)
    except ValueError as e:
        print(f"{bad}: ValueError: {e}")
print(7 .__truediv__(2), (7).__floordiv__(2), (7).__rsub__(10), (2).__pow__(3, 5), 3.5.__rmod__(10))
print((5).__add__(2.0), (5.0).__add__(2), int.__add__(1, 2))
print(abs(-2 ** 63), -(-2 ** 63), ~(2 ** 64), (2 ** 64) & (2 ** 64 - 1), (-1) & 0xFF, -256 | 0xF, -1 ^ 2 ** 70)
print(1 << 0, 5 >> 10, -5 >> 10, 1 << 100 >> 99)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print(math.gcd(12, 18), math.lcm(4, 6), math.isqrt(10 ** 20 + 5), math.factorial(25), math.comb(10, 3), math.perm(5, 2))
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(1e15 + 0.3, 1e16, 123456789.123456789, 0.1 + 0.7, 1 / 7, 2 / 3 * 3)
print(format(1e22, "f"), format(1.0, ".20f"), format(2 ** 0.5, ".15g"), repr(2 ** 0.5))
print(int.from_bytes(b"\xff\xff", "big", signed=True), (-1).to_bytes(2, "big", signed=True), (1024).to_bytes(2, "little"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((10).__index__(), True.__index__(), complex(1, -0.0), complex(-0.0, 1), 1j * 1j, (1 + 2j).conjugate())
try:
    complex(1, 1) < complex(2, 2)
except TypeError as e:
    print("TypeError:", e)
print(bool(0.0), bool(-0.0), bool(nan), bool(0j), bool(1e-300))
