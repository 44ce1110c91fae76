# __slots__: no __dict__, inheritance, defaults, weakref, errors.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), type(P.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    print(p.x)
except AttributeError as e:
    print("AttributeError:", e)
p.x = 10
print(p.x)
class Q(P):
    pass
q = Q(1, 2)
q.extra = "subclass without slots has a dict"
print(q.extra, sorted(vars(q)))
class R(P):
    __slots__ = ("z",)
r = R(1, 2)
r.z = 3
print(r.x, r.y, r.z, hasattr(r, "__dict__"))
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict(); w.a = 1; w.b = 2
print(w.a, w.__dict__)
class Single:
    __slots__ = "only"
s = Single(); s.only = "one"
print(s.only, Single.__slots__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print("ValueError:", e)
class NoWeak:
    __slots__ = ("a",)
import weakref
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError:", e)
class Weak:
    __slots__ = ("a", "__weakref__")
wr = Weak()
print(weakref.ref(wr)() is wr)
class Desc:
    __slots__ = ("_v",)
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2
d = Desc(); d.v = 4
print(d.v)
try:
    P.__slots__ = ()
    print("reassigning __slots__ is allowed but has no effect:", P.__slots__)
except Exception as e:
    print(type(e).__name__)
print(P.__dict__["x"].__name__, P.__dict__["x"].__objclass__.__name__)
class Defaults:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
dd = Defaults()
print(getattr(dd, "b", "default"), dd.a)
class MangledSlots:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = 1
    def get(self):
        return self.__secret
print(MangledSlots().get(), sorted(k for k in MangledSlots.__dict__ if "secret" in k))
import pickle
class PickleSlots:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
ps = pickle.loads(pickle.dumps(PickleSlots(1, [2])))
print(ps.a, ps.b)
print(type(object.__new__(P)).__name__)
try:
    print(object.__new__(P).x)
except AttributeError as e:
    print("AttributeError:", e)
