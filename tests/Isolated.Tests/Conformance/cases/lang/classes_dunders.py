class Vec:
    def __init__(self, *xs): self.xs = list(xs)
    def __add__(self, o): return Vec(*[a + b for a, b in zip(self.xs, o.xs)])
    def __mul__(self, k): return Vec(*[a * k for a in self.xs])
    __rmul__ = __mul__
    def __len__(self): return len(self.xs)
    def __getitem__(self, i): return self.xs[i]
    def __iter__(self): return iter(self.xs)
    def __contains__(self, x): return x in self.xs
    def __bool__(self): return any(self.xs)
    def __repr__(self): return f"Vec{tuple(self.xs)}"
    def __lt__(self, o): return sum(self.xs) < sum(o.xs)
    def __call__(self, i): return self.xs[i] * 100
v = Vec(1, 2, 3)
print(v + Vec(1, 1, 1), v * 2, 3 * v, len(v), v[1], v[-1], list(v), 2 in v, 9 in v)
print(bool(Vec(0, 0)), bool(v), sorted([Vec(5), Vec(1), Vec(3)]), v(0))
print(v[0:2])
class Num(int):
    def __add__(self, o): return "custom add"
print(Num(1) + 2, 2 + Num(1), Num(5) * 2, type(Num(5) * 2).__name__)
class S(str):
    def shout(self): return self.upper() + "!"
print(S("hi").shout(), S("a") + "b", type(S("a") + "b").__name__)
try:
    Vec(1) + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    object() + 1
except TypeError as e:
    print("TypeError:", e)
