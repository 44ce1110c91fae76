# __slots__, weakref-based caches and finalizers, __del__ ordering with explicit del (refcount-free code paths avoided).
import weakref


class Vec:
    __slots__ = ("x", "y", "__weakref__")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


v = Vec(1, 2)
print(v, Vec.__slots__, hasattr(v, "__dict__"), type(Vec.x).__name__)
try:
    v.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    Vec(1, 2).__dict__
except AttributeError as e:
    print("AttributeError:", e)
w = Vec(3, 4)
del w.x
try:
    w.x
except AttributeError as e:
    print("AttributeError:", e)


class Vec3(Vec):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


v3 = Vec3(1, 2, 3)
print(v3.z, v3, Vec3.__slots__, [s for s in ("x", "y", "z") if hasattr(v3, s)])


class Loose(Vec):
    pass


lo = Loose(0, 0)
lo.extra = "has dict"
print(lo.__dict__)
r = weakref.ref(v)
print(r() is v, weakref.getweakrefcount(v))
cache = weakref.WeakValueDictionary()
keep = Vec(5, 5)
cache["keep"] = keep
print(list(cache.keys()), cache.get("keep"), "missing" in cache)
wk = weakref.WeakKeyDictionary()
wk[keep] = "meta"
print(wk[keep], len(wk))
calls = []
fin = weakref.finalize(keep, calls.append, "finalized")
print(fin.alive, fin.peek()[2] if fin.peek() else None)
fin()
print(fin.alive, calls)


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self._parent = weakref.ref(parent) if parent else None
        self.children = []
        if parent:
            parent.children.append(self)

    @property
    def parent(self):
        return self._parent() if self._parent else None

    def path(self):
        node, parts = self, []
        while node:
            parts.append(node.name)
            node = node.parent
        return "/".join(reversed(parts))


root = Node("root")
usr = Node("usr", root)
lib = Node("lib", usr)
print(lib.path(), usr.parent.name, root.parent, [c.name for c in root.children])
p = weakref.proxy(root)
print(p.name, len(p.children))
ws = weakref.WeakSet([keep, v])
print(len(ws), keep in ws)
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError:", e)


class NoWeak:
    __slots__ = ("a",)


try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError:", e)
