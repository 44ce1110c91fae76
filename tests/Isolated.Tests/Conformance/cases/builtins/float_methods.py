# float: repr round-trip, hex/fromhex, as_integer_ratio, rounding, inf/nan, comparisons.
import math

def check(src):
    try:
        r = eval(src)
    except Exception as e:
        print(f"{src} !! {type(e).__name__}: {e}")
    else:
        print(f"{src} -> {r!r}")

for src in [
    "0.1 + 0.2", "1/3", "2/3", "1e16", "1e15", "123456789012345678.0", "1e-5", "0.0001", "1e-4",
    "1.5e300 * 1e10", "-0.0", "0.0 == -0.0", "math.copysign(1, -0.0)", "5e-324", "5e-324 / 2",
    "1.7976931348623157e308", "1.7976931348623157e308 * 10", "float('nan') == float('nan')",
    "repr(float('-inf'))", "str(float('nan'))", "1e22", "1e23", "9007199254740993.0",
    "(0.1).hex()", "(1.0).hex()", "(-2.5).hex()", "(0.0).hex()", "(-0.0).hex()", "float('inf').hex()",
    "(5e-324).hex()", "(1.7976931348623157e308).hex()",
    "float.fromhex('0x1.999999999999ap-4')", "float.fromhex('0x1p-1074')", "float.fromhex('-0x1.8p1')",
    "float.fromhex('  0X1.FFFFFFFFFFFFFP+1023 ')", "float.fromhex('inf')", "float.fromhex('0x1p2000')",
    "float.fromhex('1.8')", "float.fromhex('0xg')",
    "(0.5).as_integer_ratio()", "(0.1).as_integer_ratio()", "(-2.75).as_integer_ratio()",
    "(0.0).as_integer_ratio()", "float('inf').as_integer_ratio()", "float('nan').as_integer_ratio()",
    "(3.0).is_integer()", "(3.5).is_integer()", "float('inf').is_integer()",
    "(2.5).conjugate()", "(2.5).real", "(2.5).imag",
    "round(0.5)", "round(1.5)", "round(2.5)", "round(-0.5)", "round(-1.5)", "round(2.675, 2)",
    "round(1.005, 2)", "round(0.125, 2)", "round(0.375, 2)", "round(123.456, -1)", "round(123.456, -2)",
    "round(-123.456, 1)", "round(1e300, -299)", "round(5e-324, 400)", "round(1.23456789, 5)",
    "round(float('inf'))", "round(float('nan'))", "round(float('inf'), 2)", "round(2.5, None)",
    "type(round(2.5))", "type(round(2.5, 0))", "round(1e20)", "round(-0.4)",
    "math.floor(-2.5)", "math.ceil(-2.5)", "math.trunc(-2.5)", "int(-2.5)", "math.floor(1e20)",
    "7.5 // 2", "-7.5 // 2", "7.5 % 2", "-7.5 % 2", "7.5 % -2", "divmod(7.5, 2)", "divmod(-7.5, 2)",
    "-1e-20 % 1.0", "1e-20 % -1.0", "5.0 % float('inf')", "-5.0 % float('inf')", "5.0 // float('inf')",
    "1.0 / 0", "1.0 // 0.0", "1.0 % 0.0", "0.0 ** -1", "(-8.0) ** 0.5", "(-8.0) ** (1/3)",
    "2.0 ** 1024", "10.0 ** 308", "float('inf') - float('inf')", "float('inf') * 0",
    "1e308 + 1e308", "math.fsum([0.1] * 10)", "sum([0.1] * 10)",
    "float(10**308)", "float('1' + '0' * 309)", "1 < float('nan')", "float('nan') != float('nan')",
    "max(1.0, float('nan'))", "max(float('nan'), 1.0)", "sorted([3.0, float('inf'), -1.0, float('-inf')])",
    "hash(1.0) == hash(1)", "hash(0.5)", "hash(-0.0)", "hash(float('inf'))", "hash(1e100) == hash(10**100)",
    "1.0.__trunc__()", "(2.5).__floor__()", "(2.5).__ceil__()", "(2.5).__round__()", "(2.567).__round__(2)",
    "float.__getformat__('double')", "float(' 1.5 ')", "float('1.5\\n')", "float('- 1')",
    "1.5 == 3/2", "0.1 * 3 == 0.3", "abs(-0.0)", "-(0.0)", "math.isclose(0.1 * 3, 0.3)",
    "str(1.0)", "str(100.0)", "str(1e100)", "str(1.5e-7)", "str(123456789.123456789)",
    "repr(1/7)", "f'{1/7}'", "str(-1.25e-10)", "float(True)", "3 * 1.1", "1.1 + 2.2",
]:
    check(src)

vals = [0.1 * i for i in range(12)] + [1 / k for k in range(1, 30)] + [2.0 ** -k for k in range(0, 60, 7)]
ok = all(float(repr(v)) == v for v in vals)
print("round trip", ok, len(vals))
print([repr(v) for v in vals[:14]])

class F(float):
    def __repr__(self):
        return "F(" + super().__repr__() + ")"
f = F(2.5)
print(f, f + 1, type(f + 1).__name__, f.hex(), F.fromhex('0x1p1'), type(F.fromhex('0x1p1')).__name__)
print(round(f), f.as_integer_ratio(), f.is_integer(), float(f), type(float(f)).__name__)
