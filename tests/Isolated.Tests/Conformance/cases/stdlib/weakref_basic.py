# _weakref: refs, proxies, callbacks (run once the referent is collected), counts, hashing.
import _weakref, gc

class Obj:
    def __init__(self, name):
        self.name = name
    def method(self):
        return "method of " + self.name

a = Obj("a")
r = _weakref.ref(a)
print(r() is a, r is _weakref.ref(a), _weakref.getweakrefcount(a))
print(hash(r) == hash(a), r == _weakref.ref(a))

events = []
def callback(ref):
    events.append(("callback", ref() is None))
r2 = _weakref.ref(a, callback)
print(r2 is not r, _weakref.getweakrefcount(a), r2.__callback__ is callback)
print(len(_weakref.getweakrefs(a)))

p = _weakref.proxy(a)
print(p.name, p.method())
p.extra = 5
print(a.extra, type(p).__name__)

def make():
    return Obj("temp")
t = make()
rt = _weakref.ref(t, callback)
del t
gc.collect()
print(rt(), events)

del a
gc.collect()
print(r(), r2(), sorted(events))
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)

try:
    _weakref.ref(1)
except TypeError as e:
    print("TypeError:", e)
try:
    _weakref.ref([])
except TypeError as e:
    print("TypeError:", e)

class L(list):
    pass
lst = L()
print(_weakref.ref(lst)() is lst)
f = lambda: 0
print(_weakref.ref(f)() is f)
cp = _weakref.proxy(f)
print(type(cp).__name__, cp())
d = {}
class Key:
    pass
k = Key()
d["x"] = _weakref.ref(k)
del k
gc.collect()
_weakref._remove_dead_weakref(d, "x")
print(d)
