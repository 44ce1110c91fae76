# int: every method, bit operations, signs of // and %, to_bytes/from_bytes.
def check(src):
    try:
        r = eval(src)
    except Exception as e:
        print(f"{src} !! {type(e).__name__}: {e}")
    else:
        print(f"{src} -> {r!r}")

for src in [
    "(255).bit_length()", "(-255).bit_length()", "(0).bit_length()", "(2**100).bit_length()",
    "(255).bit_count()", "(-7).bit_count()", "(2**100-1).bit_count()",
    "(1024).to_bytes(2, 'big')", "(1024).to_bytes(2, 'little')", "(-1).to_bytes(2, 'big', signed=True)",
    "(-129).to_bytes(2, 'little', signed=True)", "(256).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')",
    "(0).to_bytes(0, 'big')", "(5).to_bytes()", "(2**64).to_bytes(9, 'big')", "(1).to_bytes(2, 'middle')",
    "int.from_bytes(b'\\x00\\x10', 'big')", "int.from_bytes(b'\\x00\\x10', 'little')",
    "int.from_bytes(b'\\xff\\xff', 'big', signed=True)", "int.from_bytes(b'', 'big')",
    "int.from_bytes([1, 2, 3], 'big')", "int.from_bytes(bytearray(b'\\x80'), signed=True)",
    "int.from_bytes(b'\\x01' * 20, 'little')",
    "(10).as_integer_ratio()", "(-3).as_integer_ratio()", "(7).is_integer()",
    "(5).conjugate()", "(5).real", "(5).imag", "(5).numerator", "(5).denominator",
    "True.real", "(True).as_integer_ratio()", "int.__index__(7)",
    "7 // 2", "-7 // 2", "7 // -2", "-7 // -2", "7 % 3", "-7 % 3", "7 % -3", "-7 % -3",
    "divmod(7, 2)", "divmod(-7, 2)", "divmod(7, -2)", "divmod(-7, -2)", "divmod(0, 5)",
    "divmod(2**70, 3)", "divmod(-2**70, 7)", "(-2**70) // 7", "(-2**70) % 7",
    "1 // 0", "1 % 0", "divmod(1, 0)",
    "5 & 3", "5 | 3", "5 ^ 3", "~5", "~-1", "-5 & 0xff", "-5 | 8", "-5 ^ -3",
    "1 << 100", "-1 << 3", "(2**100) >> 98", "-1 >> 100", "-17 >> 2", "1 << -1", "8 >> -1",
    "(2**64 - 1) & (2**32 + 5)", "(-2**64) | 3", "(-2**65) ^ (2**64)",
    "abs(-2**80)", "-(2**63)", "+True", "-True", "~True",
    "int(3.99)", "int(-3.99)", "int('  42  ')", "int(' -0 ')", "int(True)",
    "int(1e20)", "int(float('inf'))", "int(float('nan'))",
    "round(1234, -2)", "round(1250, -2)", "round(1350, -2)", "round(-1250, -2)", "round(5, 2)",
    "(12).__round__(-1)", "(15).__round__(-1)", "(25).__round__(-1)",
    "int.__floor__(5)", "int.__ceil__(5)", "int.__trunc__(5)",
    "(3).__truediv__(2)", "(3).__rtruediv__(2)", "(3).__add__(1.5)", "(3).__radd__(4)",
    "10 ** -2", "(-8) ** (1/3) == (-8) ** (1/3)", "0 ** 0", "2 ** 0.5",
    "(7).__format__('08b')", "(255).__format__('#x')", "hash(-1)", "hash(-2)", "hash(2**61 - 1)",
    "hash(2**61)", "hash(-2**61)", "hash(2**100)",
    "(1).__sizeof__() > 0", "int.__new__(int, 5)", "type(int.__new__(bool, 1))",
    "isinstance(True, int)", "True + True", "True * 10", "True / 2", "False ** 0",
    "3 < 4 < 5", "2**1000 > 1e300", "2**1024 > 1e308", "2**1024 == float('inf')", "10**400 < float('inf')",
    "(2**53 + 1) == float(2**53 + 1)", "2**53 + 1 > float(2**53)", "float(2**1023 * 2)",
    "1 == 1.0", "-0 == 0.0", "int('0b1010', 0)", "int('0o17', 0)", "int('0x1F', 0)",
]:
    check(src)

class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
    def __add__(self, other):
        return MyInt(int(self) + int(other) * 10)

m = MyInt(4)
print(m + 1, 1 + m, m * 2, type(m * 2).__name__, -m, type(-m).__name__)
print(m.bit_length(), m.to_bytes(1, 'big'), MyInt.from_bytes(b'\x02', 'big'))
print(type(MyInt.from_bytes(b'\x02', 'big')).__name__)
print(sum([MyInt(1), MyInt(2)]))
print(int.__dict__['bit_length'].__name__, int.bit_length.__qualname__)
