# Operator overloading on a Vector: arithmetic, reflected ops, in-place ops, comparisons, abs/neg/bool, hashing, NotImplemented.
import math
from functools import total_ordering


@total_ordering
class Vector:
    __slots__ = ("_c",)

    def __init__(self, *components):
        self._c = tuple(float(c) for c in components)

    def __repr__(self):
        return f"Vector({', '.join(f'{c:g}' for c in self._c)})"

    def __len__(self):
        return len(self._c)

    def __iter__(self):
        return iter(self._c)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self._c[i])
        return self._c[i]

    def _check(self, other):
        if not isinstance(other, Vector):
            return False
        if len(other) != len(self):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
        return True

    def __add__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(*(a - b for a, b in zip(self, other)))

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(*(a * k for a in self))
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vector(*(a / k for a in self))

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self, other))

    def __iadd__(self, other):
        print("  (in-place add)")
        return self + other

    def __neg__(self):
        return self * -1

    def __pos__(self):
        return Vector(*self)

    def __abs__(self):
        return math.hypot(*self)

    def __bool__(self):
        return any(self)

    def __eq__(self, other):
        return isinstance(other, Vector) and self._c == other._c

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __hash__(self):
        return hash(self._c)

    def __round__(self, n=0):
        return Vector(*(round(c, n) for c in self))

    def __contains__(self, x):
        return x in self._c


v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v - w, v * 2, 2 * v, v / 4, v @ w, -v, +v, abs(v), bool(Vector(0, 0)), bool(v))
print(v == Vector(3, 4), v != w, v > w, v <= w, sorted([v, w, Vector(0, 1)]), max(v, w), len({v, Vector(3.0, 4.0)}))
print(v[0], v[-1], v[:1], list(v), 4 in v, round(Vector(1.234, 5.678), 1), len(v))
u = v
u += w
print(u, v, u is v)
for expr in (lambda: v + 1, lambda: "s" * v, lambda: v * v, lambda: v + Vector(1, 2, 3)):
    try:
        print(expr())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


class Celsius:
    def __init__(self, deg):
        self.deg = deg

    def __eq__(self, other):
        if isinstance(other, Celsius):
            return self.deg == other.deg
        if isinstance(other, (int, float)):
            return self.deg == other
        return NotImplemented

    def __radd__(self, other):
        return Celsius(self.deg + other)

    def __repr__(self):
        return f"{self.deg}°C"


print(Celsius(5) == 5, 5 == Celsius(5), Celsius(5) == "5", sum([Celsius(1), Celsius(2)], 0) if False else 10 + Celsius(3))
print(Celsius(1) == Celsius(1), Celsius(1) != Celsius(2), [Celsius(2)].count(2), Celsius(2) in [2])


class Bits:
    def __init__(self, v):
        self.v = v

    def __and__(self, o):
        return Bits(self.v & o.v)

    def __or__(self, o):
        return Bits(self.v | o.v)

    def __xor__(self, o):
        return Bits(self.v ^ o.v)

    def __invert__(self):
        return Bits(~self.v & 0xFF)

    def __lshift__(self, n):
        return Bits((self.v << n) & 0xFF)

    def __rshift__(self, n):
        return Bits(self.v >> n)

    def __index__(self):
        return self.v

    def __repr__(self):
        return f"Bits({self.v:08b})"


a, b = Bits(0b1100), Bits(0b1010)
print(a & b, a | b, a ^ b, ~a, a << 4, a >> 2, bin(a), hex(b), [10, 20, 30, 40, 50][Bits(2)], range(10)[Bits(3)])
