class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x})"
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __iadd__(self, o): self.x += o; return self
    def __eq__(self, o): return isinstance(o, V) and o.x == self.x
    def __lt__(self, o): return self.x < o.x
    def __len__(self): return self.x
    def __getitem__(self, i): return i * 10
    def __contains__(self, i): return i == 3
    def __neg__(self): return V(-self.x)
    def __bool__(self): return self.x != 0
    def __call__(self, *a, **k): return (a, sorted(k))
v = V(1)
print(v + V(2), v + 5, 5 + v, -v, repr(v), str(v))
w = V(4); w += 1; print(w)
print(V(1) == V(1), V(1) != V(2), V(1) < V(2), V(3) > V(2))
print(len(V(3)), V(0)[4], 3 in V(0), 4 in V(0), bool(V(0)), bool(V(2)))
print(v(1, 2, a=3))
try:
    hash(v)
except TypeError as e:
    print(e)
class H:
    def __hash__(self): return 42
print(hash(H()))
class G:
    def __getattr__(self, name): return name.upper()
print(G().hello)
class I(int):
    def __add__(self, o): return 'I.add'
print(I(3) + 1, 1 + I(3), I(5) * 2, repr(I(7)))
class S(str):
    def __len__(self): return 99
print(len(S('ab')), S('ab').upper())
class L(list):
    pass
l = L([3, 1, 2]); l.sort(); l.extra = 1; print(l, l.extra, len(l))
class Bad:
    def __init__(self): return 1
try:
    Bad()
except TypeError as e:
    print(e)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(It()))
