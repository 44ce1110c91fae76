# __getattr__ vs __getattribute__, __setattr__, __delattr__, __dir__.
class Fallback:
    existing = "class attr"
    def __init__(self):
        self.inst = "instance attr"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return f"dynamic {name[4:]}"
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
f = Fallback()
print(f.existing, f.inst, f.dyn_value)
try:
    f.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(f, "missing", "default"), hasattr(f, "dyn_x"), hasattr(f, "nope"))
class Everything:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback for {name}"
    def method(self):
        return "method called"
e = Everything()
print(e.method(), e.secret, e.other)
print(e.log)
class Guarded:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        print(f"  set {name}={value!r}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print(f"  del {name}")
        super().__delattr__(name)
g = Guarded()
g.x = 1
try:
    g._y = 2
except AttributeError as err:
    print("AttributeError:", err)
del g.x
setattr(g, "z", 3)
delattr(g, "z")
print(vars(g))
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Target:
    def __init__(self): self.v = 1
    def hello(self): return f"hello v={self.v}"
t = Target(); p = Proxy(t)
p.v = 99
print(p.hello(), t.v, p.v)
try:
    len(p)
except TypeError as err:
    print("TypeError:", err)
class Dir:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(Dir()))
class AttrErrorInProperty:
    @property
    def prop(self):
        return self.nonexistent
    def __getattr__(self, name):
        return f"__getattr__ got {name}"
print(AttrErrorInProperty().prop)
class ClassLevel:
    pass
try:
    ClassLevel.nothing
except AttributeError as err:
    print("AttributeError:", err)
try:
    ClassLevel().nothing
except AttributeError as err:
    print("AttributeError:", err)
try:
    (1).nothing
except AttributeError as err:
    print("AttributeError:", err)
try:
    None.nothing
except AttributeError as err:
    print("AttributeError:", err)
import math
try:
    math.nothing
except AttributeError as err:
    print("AttributeError:", err)
class Special:
    def __getattr__(self, name):
        return lambda: "via getattr"
s = Special()
print(s.__len__())
try:
    len(s)
except TypeError as err:
    print("TypeError: implicit lookup skips __getattr__:", err)
class Counter:
    def __init__(self): self.__dict__["count"] = 0
    def __setattr__(self, name, value):
        self.__dict__["count"] += 1
        self.__dict__[name] = value
c = Counter(); c.a = 1; c.b = 2; c.a = 3
print(c.count, c.a, sorted(c.__dict__))
class Slotted:
    __slots__ = ("a",)
    def __getattr__(self, name):
        return f"missing {name}"
sl = Slotted()
print(sl.a, sl.zzz)
print(getattr(object(), "__class__").__name__, type(getattr(1, "real")).__name__)
try:
    getattr(1, 2)
except TypeError as err:
    print("TypeError:", err)
