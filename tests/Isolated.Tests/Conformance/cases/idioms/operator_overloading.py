import math
from functools import total_ordering

@total_ordering
class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"

a, b = Vector(3, 4), Vector(1, -2)
print(a + b, a - b, a * 2, 3 * a, a * b, -a, abs(a), a / 2)
print(bool(Vector()), bool(a), a == Vector(3, 4), a != b, a > b, a <= b, sorted([a, b, Vector(0, 1)]))
print(list(a), a[1], tuple(b), {a, Vector(3, 4)})
c = Vector(1, 1)
c += a
print(c, f"{a:.2f}", format(b, "+d"))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a.z = 1
except AttributeError as e:
    print("AttributeError:", e)
x, y = b
print(x, y, max([a, b, c]), min(a, b))
