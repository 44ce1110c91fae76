# Float arithmetic in the VM keeps its results unboxed: everything observable stays as CPython's.
import math

def arith(n):
    h = 1.0 / n
    total = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        total += 4.0 / (1.0 + x * x)
    return total * h

print(round(arith(1000), 12))

def ops(a, b):
    return [a + b, a - b, a * b, a / b, b - a, -a, +a, a + 1, 1 + a, a * 3, 3 / a, 7 / 2, -(a * b)]

for v in ops(1.5, 0.25):
    print(type(v).__name__, repr(v))

# int / int is exact, and large ints still go the long way
print(10 / 4, 2**60 / 3, (2**53 + 1) / 1, -(2**63) / 1)
print(9007199254740993 / 1 == float(9007199254740993))

# results stored, returned, passed on, put in containers, used as keys
def half(x):
    return x / 2

y = half(3.0 * 1.0)
print(y, type(y), [y, y * 2], {y * 2: "three"}[3.0], (y,), str(y), f"{y:.3f}", format(y * 1.0, "e"))
d = {}
d[y * 2] = 1
print(d, 3 in d, 3.0 in d)

# comparisons with floats and ints, exact across the int/float boundary
a = 0.1 * 3
print(a < 0.3, a > 0.3, a == 0.30000000000000004, a != a, 1 < a * 4, a * 10 >= 3)
big = 2**53 + 1
f = float(2**53) * 1.0
print(big == f, big > f, f < big, f == 2**53, 2**63 * 1.0 > 2**62)
nan = float("nan") * 1.0
print(nan == nan, nan != nan, nan < 1, nan > 1, bool(nan), bool(0.0 * 5), not (1.0 - 1.0))
inf = 1e308 * 10
print(inf, -inf, inf - inf, inf == inf * 2)
if 0.5 * 0.0:
    print("zero is true?")
else:
    print("zero is false")
neg = -0.0 * 1.0
print(neg, -neg, math.copysign(1, -neg), math.copysign(1, neg))

# identity: a value is itself, and `is` never confuses two different floats
p = 2.5 * 2
q = p
r = 7.5 * 2
print(p is q, p is r, p is not r, p is None)

# division by zero still raises, with CPython's messages
for expr in ("1.5 / 0", "1.5 / 0.0", "1 / 0", "(2.0 * 3) % 0"):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", e)

# subclasses and dunders win over the fast path
class F(float):
    def __add__(self, other):
        return "F.__add__"
    def __lt__(self, other):
        return "F.__lt__"

print(F(1.0) + 2.0, F(1.0) < 2.0, 2.0 * F(3.0), type(2.0 * F(3.0)).__name__)

class R:
    def __radd__(self, other):
        return ("R.__radd__", other)
    def __gt__(self, other):
        return "R.__gt__"

print(1.5 * 2 + R(), 1.5 * 2 < R())

# methods and attributes of unboxed results
z = 2.0 * 0.75
print(z.is_integer(), z.as_integer_ratio(), z.hex(), z.real, z.imag, (z * 2).is_integer(), hash(z) == hash(1.5))
print(sum([z * 1, z * 2]), max(z * 1, 0.5), round(z * 3.3, 2), int(z * 4), math.floor(z), divmod(z * 3, 1))

# unboxed floats in generators, closures and across frames
def gen(n):
    acc = 0.0
    for i in range(n):
        acc += i * 0.5
        yield acc

print(list(gen(4)))

def outer():
    v = 1.0 * 2
    def inner():
        return v * 3
    return inner()

print(outer())
w = [0.0]
for i in range(3):
    w[0] += 0.25 * i
print(w, sorted([3.0 * 1, 1.0 * 1, 2.0 * 1]))
