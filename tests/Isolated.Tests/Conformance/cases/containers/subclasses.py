# Python subclasses of builtin containers: overrides win, instances have a __dict__
class MyList(list):
    def __getitem__(self, i):
        return ("got", super().__getitem__(i))
    def append(self, x):
        super().append(x * 10)
ml = MyList([1, 2, 3])
ml.append(4)
ml.tag = "t"
print(ml, ml[0], len(ml), ml.tag, type(ml).__name__, isinstance(ml, list), ml == [1, 2, 3, 40])
class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Point(1, 2)
print(p, p.x, type(p).__name__, p + (3,), hash(p) == hash((1, 2)), p.__getnewargs__())
class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = True
d = D(a=1)
print(d, d.extra, D.fromkeys("ab"), type(D.fromkeys("ab")).__name__)
class Default(dict):
    def __missing__(self, k):
        self[k] = v = [k]
        return v
dd = Default()
dd["x"].append(1)
print(dd)
class FS(frozenset):
    pass
f = FS([1, 2])
print(f, type(f).__name__, f | {3}, type(f | {3}).__name__)
class R(list):
    def __repr__(self): return "R!"
print([R(), R()], {"k": R()})
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and o.v == self.v
    def __hash__(self): return hash(self.v)
print(Eq(1) in [Eq(1)], [Eq(1)].index(Eq(1)), Eq(2) in {Eq(2)}, {Eq(3): "x"}[Eq(3)], [Eq(1), Eq(1)].count(Eq(1)))
class Len:
    def __len__(self): return 7
print(len(Len()), bool(Len()))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(It()), sum(It()), max(It()), sorted(It(), reverse=True), dict.fromkeys(It()))
