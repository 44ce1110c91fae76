class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vector(self.x + other, self.y + other)
        return NotImplemented
    __radd__ = __add__
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
    def __floordiv__(self, k):
        return Vector(self.x // k, self.y // k)
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
    def __round__(self, n=None):
        return Vector(round(self.x, n), round(self.y, n))
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

a, b = Vector(3, 4), Vector(1, -2)
print(a + b, a - b, a * 2, 3 * a, a * b, a / 2, a // 2, -a, +a, abs(a), a @ b)
print(1 + a, a + 0.5, sum([a, b, Vector(1, 1)]), sum([a, b], Vector(10, 10)))
print(bool(Vector()), bool(a), a == Vector(3, 4), a != b, len(a), list(a), a[1], a[-1], a[:1])
print(round(Vector(1.2345, 6.789), 2), round(Vector(1.5, 2.5)))
x, y = a
print(x, y, dict(zip("xy", a)), {a: "a", Vector(3, 4): "dup"})
c = a
c += b
print(a, c, a is c)
try:
    a - 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.z = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s" + a
except TypeError as e:
    print("TypeError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
print(hasattr(a, "__dict__"), Vector.__slots__, Vector.x)

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            if isinstance(r, slice):
                return [row[c] for row in self.rows[r]]
            return self.rows[r][c]
        return self.rows[idx]
    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = value
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])
    def __pow__(self, n):
        result = Matrix([[int(i == j) for j in range(len(self.rows))] for i in range(len(self.rows))])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result
    def __eq__(self, other):
        return self.rows == other.rows
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __str__(self):
        w = max(len(str(v)) for row in self.rows for v in row)
        return "\n".join(" ".join(f"{v:>{w}}" for v in row) for row in self.rows)
    def transpose(self):
        return Matrix(zip(*self.rows))

m = Matrix([[1, 1], [1, 0]])
print(m ** 10, (m ** 90)[0, 1])
print(m.shape, m[0], m[1, 0], m[:, 0], m[0:1, 1])
m[1, 1] = 7
print(repr(m), m.transpose() == Matrix([[1, 1], [1, 7]]))
big = Matrix([[i * 3 + j for j in range(3)] for i in range(3)])
print(big @ big.transpose())
print(str(big))

class Temperature:
    def __init__(self, c):
        self.c = c
    def __lt__(self, o): return self.c < o.c
    def __le__(self, o): return self.c <= o.c
    def __eq__(self, o): return self.c == o.c
    def __repr__(self): return f"{self.c}°C"
ts = [Temperature(t) for t in (22, -5, 13, 22, 0)]
print(sorted(ts), max(ts), min(ts), Temperature(3) > Temperature(2), Temperature(3) >= Temperature(4))
print(sorted(ts, reverse=True), ts.index(Temperature(13)), Temperature(22) in ts, ts.count(Temperature(22)))
