# Builtin functions on numbers: min/max key/default, sum start, round, divmod, pow, abs, hash equality across types.
from fractions import Fraction
from decimal import Decimal

def check(src):
    try:
        r = eval(src)
    except Exception as e:
        print(f"{src} !! {type(e).__name__}: {e}")
    else:
        print(f"{src} -> {r!r}")

for src in [
    "min(3, 1, 2)", "max([3, 1, 2])", "min([], default=None)", "max([], default='empty')", "min([])", "max()",
    "min(3, 1, key=lambda x: -x)", "max('apple', 'fig', 'banana', key=len)", "max(['a', 'bb', 'cc'], key=len)",
    "min([(2, 'b'), (1, 'z'), (1, 'a')])", "max([1, 2], [1, 3])", "min('hello')", "min(1, 2, default=0)",
    "max({'a': 3, 'b': 1}.items(), key=lambda kv: kv[1])", "min(iter([5, 4]))", "max(1, 2.5, True)", "min(0, -0.0)",
    "sum([1, 2, 3])", "sum([1, 2], 10)", "sum([0.1] * 3)", "sum([[1], [2]], [])", "sum(['a', 'b'], '')", "sum([], 5)",
    "sum(range(5), start=100)", "sum([1.5, 2, True])", "sum([Fraction(1, 3)] * 3)", "sum([Decimal('0.1')] * 3)",
    "sum(x * x for x in range(4))", "sum([1e100, 1.0, -1e100])", "sum([2 ** 64, 2 ** 64])", "sum([b'a'], b'')",
    "round(3.14159, 2)", "round(2.5)", "round(3.5)", "round(-2.5)", "round(0.5, 0)", "round(1.45, 1)", "round(1.55, 1)",
    "round(12345, -3)", "round(Fraction(5, 2))", "round(Fraction(7, 3), 2)", "round(Decimal('2.675'), 2)",
    "round(Decimal('2.5'))", "round(7, None)", "round('x')", "round(1.5, 'a')",
    "divmod(17, 5)", "divmod(-17, 5)", "divmod(17.5, 5)", "divmod(Fraction(7, 2), 1)", "divmod(Decimal(-7), 2)",
    "divmod(5, 0)", "divmod(5.0, 0)", "divmod('a', 1)",
    "pow(2, 10)", "pow(2, -1)", "pow(-2, 3)", "pow(-8, 1/3)", "pow(2, 100, 1000)", "pow(3, -1, 7)", "pow(7, 2, -5)",
    "pow(0, 0)", "pow(0.0, 0)", "pow(0, -1)", "pow(Fraction(2, 3), 2)", "pow(Fraction(4, 9), Fraction(1, 2))",
    "pow(Decimal(2), 10)", "pow(2, 0.5)", "pow(-1, 0.5)", "pow(base=2, exp=3, mod=5)", "2 ** -2", "(-2) ** -2",
    "abs(-5)", "abs(-5.5)", "abs(3 + 4j)", "abs(Fraction(-1, 3))", "abs(Decimal('-1.50'))", "abs(True)", "abs('x')",
    "hash(1) == hash(1.0) == hash(Fraction(1)) == hash(Decimal(1))", "hash(0.5) == hash(Fraction(1, 2)) == hash(Decimal('0.5'))",
    "hash(2 ** 70) == hash(float(2 ** 70)) == hash(Fraction(2 ** 70))", "hash(Decimal('1e30')) == hash(10 ** 30)",
    "hash(Fraction(1, 3)) == hash(1 / 3)", "hash(-1) == hash(-1.0) == hash(Fraction(-1))", "hash(True) == hash(1)",
    "hash(1.5 + 0j) == hash(1.5)", "{1: 'int', 1.0: 'float', Fraction(1): 'frac', Decimal(1): 'dec'}",
    "len({0.5, Fraction(1, 2), Decimal('0.5')})", "Fraction(1, 2) == 0.5 == Decimal('0.5')", "Decimal('0.1') == 0.1",
    "Fraction(1, 10) == 0.1", "1 / 3 == Fraction(1, 3)", "Fraction(3, 4) < 1", "Decimal('1.1') > 1",
    "int(Fraction(7, 2))", "float(Fraction(1, 8))", "int(Decimal('-3.9'))", "float(Decimal('1e-3'))", "complex(Fraction(1, 2))",
    "bin(10)", "bin(-10)", "oct(8)", "oct(-8)", "hex(255)", "hex(-255)", "hex(0)", "bin(2 ** 65)", "hex(1.5)",
    "chr(65)", "chr(0x1F600)", "chr(0x110000)", "chr(-1)", "ord('A')", "ord('€')", "ord('ab')", "ord(b'a')", "ord('')",
    "int.__name__", "callable(len)", "callable(5)", "callable(int)",
]:
    check(src)
class Money:
    def __init__(self, cents): self.cents = cents
    def __add__(self, other): return Money(self.cents + (other.cents if isinstance(other, Money) else other))
    __radd__ = __add__
    def __round__(self, n=None): return Money(round(self.cents, -2 if n is None else n))
    def __abs__(self): return Money(abs(self.cents))
    def __divmod__(self, other): return (self.cents // other, self.cents % other)
    def __pow__(self, e, mod=None): return ("pow", self.cents, e, mod)
    def __rpow__(self, b): return ("rpow", b, self.cents)
    def __index__(self): return self.cents
    def __lt__(self, other): return self.cents < other.cents
    def __repr__(self): return f"Money({self.cents})"
print(sum([Money(150), Money(275)]), round(Money(1249)), abs(Money(-5)), divmod(Money(1234), 100))
print(pow(Money(3), 2), pow(Money(3), 2, 5), 2 ** Money(3), hex(Money(255)), bin(Money(5)), [1, 2, 3, 4][Money(2)])
print(min([Money(5), Money(2), Money(9)]), max(Money(5), Money(2)), sorted([Money(3), Money(1)]))
