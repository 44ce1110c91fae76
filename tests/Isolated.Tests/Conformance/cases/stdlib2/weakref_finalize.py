import gc
import weakref

class Resource:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Resource({self.name!r})"

cache = weakref.WeakValueDictionary()
a, b = Resource("a"), Resource("b")
cache["a"] = a
cache["b"] = b
print(sorted(cache.keys()), cache["a"], "a" in cache, len(cache))
del a
gc.collect()
print(sorted(cache.keys()), cache.get("a"), len(cache))
c = cache.setdefault("c", Resource("c"))
print(sorted(cache), cache.pop("b"))
del b, c
gc.collect()
print(len(cache), list(cache.items()))

keyed = weakref.WeakKeyDictionary()
k1, k2 = Resource("k1"), Resource("k2")
keyed[k1] = 1
keyed[k2] = 2
print(sorted(v for v in keyed.values()), k1 in keyed)
del k1
gc.collect()
print(len(keyed), list(keyed.values()))

events = []
r = Resource("fin")
f = weakref.finalize(r, events.append, "finalized fin")
print(f.alive, f.atexit, events)
del r
gc.collect()
print(f.alive, events)
r2 = Resource("manual")
f2 = weakref.finalize(r2, lambda *a, **k: events.append(("manual", a, k)), 1, 2, key="v")
print(f2(), f2(), f2.alive, events[-1])
r3 = Resource("detach")
f3 = weakref.finalize(r3, events.append, "never")
print(f3.detach()[2:], f3.alive, f3.peek())
del r3
gc.collect()
print(events[-1])

x = Resource("x")
calls = []
ref = weakref.ref(x, lambda wr: calls.append(wr() is None))
print(ref() is x, weakref.getweakrefcount(x), len(weakref.getweakrefs(x)))
del x
gc.collect()
print(ref(), calls)

y = Resource("y")
p = weakref.proxy(y)
print(p.name, repr(p) == repr(y) or "proxy" in repr(p))
del y
gc.collect()
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)

class Owner:
    def method(self):
        return "called"
o = Owner()
wm = weakref.WeakMethod(o.method)
print(wm()())
del o
gc.collect()
print(wm())

ws = weakref.WeakSet()
items = [Resource(i) for i in range(4)]
for it in items:
    ws.add(it)
print(len(ws))
del items[:2]
gc.collect()
print(len(ws), sorted(r.name for r in ws))
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref([])
except TypeError as e:
    print("TypeError:", e)

class Tree:
    def __init__(self, parent=None):
        self._parent = weakref.ref(parent) if parent else None
        self.children = []
    @property
    def parent(self):
        return self._parent() if self._parent else None
root = Tree()
child = Tree(root)
root.children.append(child)
print(child.parent is root, root.parent)
