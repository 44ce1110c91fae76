# Rich comparisons: reflection, NotImplemented, total_ordering, sorting with custom objects.
import functools
log = []
class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"V{self.n}"
    def __eq__(self, o):
        log.append(f"{self}.eq({o!r})")
        return self.n == o.n if isinstance(o, V) else NotImplemented
    def __lt__(self, o):
        log.append(f"{self}.lt({o!r})")
        return self.n < o.n if isinstance(o, V) else NotImplemented
print(V(1) == V(1), V(1) != V(2), V(1) < V(2), V(3) > V(2))
print(log); log.clear()
print(V(1) == 1, 1 == V(1), V(1) != "x")
print(log); log.clear()
try:
    V(1) <= V(2)
except TypeError as e:
    print("TypeError:", e)
try:
    V(1) < 5
except TypeError as e:
    print("TypeError:", e)
print(sorted([V(3), V(1), V(2)]), max([V(3), V(9), V(2)]), min(V(4), V(0)))
log.clear()
@functools.total_ordering
class Version:
    def __init__(self, s): self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), Version("1.2") <= Version("1.2"), Version("2.0") >= Version("1.9"), Version("1.0") > Version("1.0"))
class Sub(V):
    def __eq__(self, o):
        log.append(f"Sub.eq({o!r})"); return "sub-eq"
print(V(1) == Sub(1), log); log.clear()
class AlwaysEq:
    def __eq__(self, o): return True
print(AlwaysEq() == 3, 3 == AlwaysEq(), AlwaysEq() != 3, [AlwaysEq()] == [5], 5 in [AlwaysEq()])
class NoEq: pass
a = NoEq()
print(a == a, a != a, a == NoEq(), a in [a], [a] == [a])
nan = float("nan")
print(nan == nan, [nan] == [nan], nan in [nan], (nan,) == (nan,))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [2] > [1, 9], "abc" < "abd", "Z" < "a", b"a" < b"b")
print((1, "a") < (1, "b"), {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 3} > {1}, {1} == frozenset([1]))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print("TypeError:", e)
print(1 < 2 < 3 < 4, 1 < 3 < 2, (1 < 2) < 3, 2 == 2.0 == 2 + 0j)
class Chain:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print(f"  {self.n} < {o.n}"); return self.n < o.n
c1, c2, c3 = Chain(1), Chain(5), Chain(3)
print(c1 < c2 < c3)
print(c2 < c1 < c3)
class RetNonBool:
    def __lt__(self, o): return [1]
    def __gt__(self, o): return 0
print(RetNonBool() < 1, RetNonBool() > 1, 1 > RetNonBool())
print(sorted(["b", "A", "c"], key=str.lower), sorted([(2, "b"), (1, "z"), (2, "a")], reverse=True))
print(max("apple", "fig", "banana", key=len), min([], default="empty"))
