# A units/quantity library: numeric protocol dunders, reflected ops, numbers ABCs, rounding hooks.
import math
import numbers
from fractions import Fraction
from decimal import Decimal


class Meters(numbers.Real):
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __repr__(self): return f"Meters({self.v!r})"
    def __float__(self): return float(self.v)
    def __int__(self): return int(self.v)
    def __index__(self):
        if isinstance(self.v, int):
            return self.v
        raise TypeError("only integral meters can be an index")
    def __add__(self, o):
        if isinstance(o, Meters): return Meters(self.v + o.v)
        if isinstance(o, (int, float)): return Meters(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("  (radd)", end=" ")
        return self.__add__(o)
    def __sub__(self, o): return self + (-o)
    def __rsub__(self, o): return Meters(o) - self
    def __mul__(self, o):
        if isinstance(o, (int, float)): return Meters(self.v * o)
        if isinstance(o, Meters): return SquareMeters(self.v * o.v)
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, o): return Meters(self.v / o)
    def __rtruediv__(self, o): return NotImplemented
    def __floordiv__(self, o): return Meters(self.v // o)
    def __rfloordiv__(self, o): return NotImplemented
    def __mod__(self, o): return Meters(self.v % o)
    def __rmod__(self, o): return NotImplemented
    def __divmod__(self, o): return (self // o, self % o)
    def __pow__(self, e): return self.v ** e
    def __rpow__(self, b): return NotImplemented
    def __neg__(self): return Meters(-self.v)
    def __pos__(self): return self
    def __abs__(self): return Meters(abs(self.v))
    def __eq__(self, o): return isinstance(o, Meters) and self.v == o.v
    def __hash__(self): return hash(("m", self.v))
    def __lt__(self, o): return self.v < (o.v if isinstance(o, Meters) else o)
    def __le__(self, o): return self.v <= (o.v if isinstance(o, Meters) else o)
    def __round__(self, nd=None): return Meters(round(self.v, nd))
    def __trunc__(self): return Meters(math.trunc(self.v))
    def __floor__(self): return Meters(math.floor(self.v))
    def __ceil__(self): return Meters(math.ceil(self.v))
    def __bool__(self): return self.v != 0
    def __format__(self, spec):
        if spec.endswith("m"):
            return format(self.v, spec[:-1]) + " m"
        return format(self.v, spec)
    def __complex__(self): return complex(self.v)


class SquareMeters(Meters):
    def __repr__(self): return f"SquareMeters({self.v!r})"


a, b = Meters(3), Meters(4.5)
print(a + b, a + 1, 1 + a, sum([a, b, Meters(1)], Meters(0)), sum([a, b]))
print(a * b, 2 * a, a * 2.5, b / 2, b // 2, b % 2, divmod(b, 2), a ** 2)
print(-a, +a, abs(Meters(-2)), a == Meters(3), a != b, a < b, b <= a, sorted([b, a, Meters(1)]))
print(round(Meters(2.567), 1), round(Meters(2.5)), math.trunc(Meters(-2.7)), math.floor(Meters(2.7)), math.ceil(Meters(2.1)))
print(float(a), int(b), complex(a), bool(Meters(0)), f"{b:.2fm}", f"{a:>6}", format(b, "08.3f"))
print(["x", "y", "z", "w"][Meters(2)], bin(Meters(5)), list(range(Meters(3))))
try:
    [1, 2][Meters(1.5)]
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + a
except TypeError as e:
    print("TypeError:", e)
try:
    2 ** a
except TypeError as e:
    print("TypeError:", e)
print(isinstance(a, numbers.Number), isinstance(a, numbers.Integral), isinstance(3, numbers.Real), isinstance(Fraction(1, 2), numbers.Rational), isinstance(Decimal(1), numbers.Real))
print({a: "three"}[Meters(3)], len({Meters(1), Meters(1), Meters(1.0)}))
x = a
x += 2
x *= 2
print(x, a, x is not a)
class Acc(list):
    def __iadd__(self, o):
        self.append(("iadd", o)); return self
acc = Acc()
acc += 5
print(acc, type(acc).__name__)
class Rev:
    def __radd__(self, o): return f"Rev.radd({o!r})"
    def __rsub__(self, o): return f"Rev.rsub({o!r})"
    def __rmatmul__(self, o): return "rmatmul"
    def __rlshift__(self, o): return "rlshift"
print(1 + Rev(), [1] + Rev(), 2.5 - Rev(), 3 @ Rev(), 1 << Rev())
class Sub(int):
    def __radd__(self, o): return "Sub.radd wins"
    def __add__(self, o): return "Sub.add"
print(1 + Sub(2), Sub(2) + 1, 1 .__add__(Sub(2)))
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.comb(10, 3), math.perm(5, 2))
print(math.gcd(12, 18, 24), math.lcm(4, 6, 10), math.isqrt(10 ** 30), math.dist((0, 0), (3, 4)), math.hypot(1, 1, 1), math.copysign(3, -0.0))
print(math.log(8, 2), math.log2(1024), math.log10(0.001), math.exp(0), math.factorial(25), math.inf > 1e308, math.nan != math.nan, math.isfinite(1e308 * 10))
print(round(2.5), round(3.5), round(-0.5), round(1.23456, 3), round(1234, -2), int("0x1f", 16), int("1_000"), float("1e-3"), float(" -inf "))
print((7).bit_length(), (-7) // 2, -7 % 3, 7 % -3, divmod(-7, 2), 2 ** -1, 10 / 4, 10 // 4, pow(3, 4, 5), pow(3, -1, 7), abs(-0.0))
print(1e16, 1e15 + 0.3, 0.1 * 3, 2 / 3, 1 / 3 * 3, 123456789.123456789, 1.0e-5, float(2 ** 53 + 1), 3.0.is_integer(), (0.5).as_integer_ratio())
