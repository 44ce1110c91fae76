# int() parsing: bases, prefixes, underscores, whitespace, unicode digits, errors.
def check(src):
    try:
        r = eval(src)
    except Exception as e:
        print(f"{src} !! {type(e).__name__}: {e}")
    else:
        print(f"{src} -> {r!r}")

for src in [
    "int('10')", "int('-10')", "int('+10')", "int('1_000_000')", "int('1__0')", "int('_1')", "int('1_')",
    "int('ff', 16)", "int('FF', 16)", "int('0xff', 16)", "int('0xff', 0)", "int('0XFF', 0)",
    "int('z', 36)", "int('Z', 36)", "int('10', 37)", "int('10', 1)", "int('10', -1)",
    "int('0b101', 2)", "int('0b101', 0)", "int('0o777', 8)", "int('0o777', 0)", "int('777', 8)",
    "int('010', 0)", "int('000', 0)", "int('0_0', 0)", "int('010')", "int('0x', 16)",
    "int('0x_1f', 16)", "int('0x_1f', 0)", "int('0b_1_0', 0)",
    "int('  \\t12\\n ')", "int('')", "int(' ')", "int('1 2')", "int('12a')", "int('a12', 16)",
    "int('١٢٣')", "int('۱۲')", "int('１２')", "int('1.5')", "int('1e3')",
    "int(b'42')", "int(bytearray(b' 7 '))", "int(b'ff', 16)", "int(memoryview(b'12'))",
    "int('12', base=10)", "int(x='12')", "int(12, 10)", "int(None)", "int([1])",
    "int('9' * 50)", "int('-' + '9' * 30, 16)", "int('1' * 64, 2)",
    "int(' -  5')", "int('--5')", "int('+-5')",
    "float('1_000.5')", "float('  -1.5e3 ')", "float('inf')", "float('-Infinity')", "float('nAn')",
    "float('1e400')", "float('-1e-400')", "float('0x1p3')", "float('1.2.3')", "float('')", "float('_1')",
    "float('1__0')", "float(b'2.5')", "float('١.٥')",
    "complex('1+2j')", "complex('  (3-4j) ')", "complex('j')", "complex('-j')", "complex('1e3j')",
    "complex('1 + 2j')", "complex('inf+nanj')", "complex(1, 2)", "complex('1', 2)", "complex(1+2j, 1j)",
    "bool('')", "bool('0')", "bool(0.0)", "bool(-0.0)", "bool(0j)", "bool([])", "bool([0])",
]:
    check(src)

class Idx:
    def __index__(self):
        return 7
class Tr:
    def __trunc__(self):
        return 3
class IntLike:
    def __int__(self):
        return 11
check("int(Idx())")
check("int(IntLike())")
check("int('7', Idx())")
check("int(3.0, 10)")
check("int('5', 2.0)")
print(int(Tr()) if hasattr(Tr, '__trunc__') else None)
