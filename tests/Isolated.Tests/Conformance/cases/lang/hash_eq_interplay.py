# __hash__ / __eq__ interplay: unhashable by default when __eq__ is defined, dict/set behaviour.
class Plain: pass
p = Plain()
print(hash(p) == hash(p), {p: 1}[p])
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, EqOnly) and self.v == o.v
print(EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
class Both:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Both) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"Both({self.v})"
s = {Both(1), Both(1), Both(2)}
print(len(s), Both(1) in s, {Both(3): "x"}[Both(3)])
class Inherit(Both):
    def __eq__(self, o): return False
print(Inherit.__hash__)
class InheritKeep(Both):
    def __eq__(self, o): return True
    __hash__ = Both.__hash__
print(hash(InheritKeep(5)) == hash(5))
class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print("TypeError:", e)
import collections.abc
print(isinstance(Explicit(), collections.abc.Hashable), isinstance(Both(1), collections.abc.Hashable))
class Collide:
    def __init__(self, name): self.name = name
    def __hash__(self): return 42
    def __eq__(self, o): return self.name == o.name
    def __repr__(self): return self.name
d = {Collide("a"): 1, Collide("b"): 2, Collide("a"): 3}
print(d, len(d))
calls = []
class Counted:
    def __init__(self, v): self.v = v
    def __hash__(self):
        calls.append("hash"); return hash(self.v)
    def __eq__(self, o):
        calls.append("eq"); return self.v == o.v
k = Counted(1)
dd = {k: "first"}
dd[k]
print(calls)
calls.clear()
dd[Counted(1)]
print(calls)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0), {1: "a", 1.0: "b", True: "c"})
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    hash(([1],))
except TypeError as e:
    print("TypeError:", e)
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(float("inf")), hash(0.5))
class BadHash:
    def __hash__(self): return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
from dataclasses import dataclass
@dataclass
class DC:
    a: int
@dataclass(frozen=True)
class FDC:
    a: int
print(DC.__hash__, hash(FDC(1)) == hash(FDC(1)), FDC(1) == FDC(1), {FDC(2), FDC(2)})
@dataclass(eq=False)
class NoEqDC:
    a: int
print(NoEqDC(1) == NoEqDC(1), NoEqDC.__hash__ is object.__hash__)
