# Metaclasses, __prepare__, __init_subclass__, __set_name__, __class_getitem__, creation order.
log = []
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        log.append(f"prepare {name} kwargs={sorted(kwargs)}")
        return {"injected": "from prepare"}
    def __new__(mcls, name, bases, ns, **kwargs):
        log.append(f"new {name} keys={sorted(k for k in ns if not k.startswith('__'))}")
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kwargs.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        log.append(f"init {name}")
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        log.append(f"call {cls.__name__}{args}")
        return super().__call__(*args, **kw)
class Base(metaclass=OrderedMeta, tag="base"):
    def __init__(self, v=0):
        self.v = v
class Derived(Base, tag="derived"):
    z = 1
print(log)
print(Base.tag, Derived.tag, Derived.injected, type(Derived).__name__)
d = Derived(5)
print(d.v, log[-1])
class Plugin:
    registry = []
    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        Plugin.registry.append(cls.key)
class A(Plugin): pass
class B(Plugin, key="bee"): pass
class C(B): pass
print(Plugin.registry, C.key)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print("TypeError:", e)
class Field:
    def __set_name__(self, owner, name):
        print(f"set_name {owner.__name__}.{name}")
        self.name = name
class WithFields:
    a = Field()
    b = Field()
print(WithFields.a.name, WithFields.b.name)
class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Generic[int], Generic["x", 1])
print(list[int], dict[str, list[int]], type(list[int]).__name__, list[int].__origin__, list[int].__args__)
Dyn = type("Dyn", (Base,), {"w": 2, "m": lambda self: self.v * 10})
print(Dyn(3).m(), Dyn.w, Dyn.__mro__[1].__name__, Dyn.tag)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in Singleton._inst:
            Singleton._inst[cls] = super().__call__(*a)
        return Singleton._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self, n): self.n = n
print(Config(1) is Config(2), Config(3).n)
class M1(type): pass
class M2(type): pass
class X1(metaclass=M1): pass
class X2(metaclass=M2): pass
try:
    class X3(X1, X2): pass
except TypeError as e:
    print("TypeError:", e)
class M3(M1): pass
class X4(metaclass=M3): pass
class X5(X1, X4): pass
print(type(X5).__name__)
def func_meta(name, bases, ns):
    ns["made_by"] = "function"
    return type(name, bases, ns)
class FromFunc(metaclass=func_meta): pass
print(FromFunc.made_by, type(FromFunc).__name__)
class Attrs(type):
    def __getattr__(cls, name):
        return f"meta-attr {name}"
    def __len__(cls):
        return 7
    def __iter__(cls):
        return iter("abc")
    def __repr__(cls):
        return f"<class {cls.__name__} via meta>"
class UsesAttrs(metaclass=Attrs): pass
print(UsesAttrs.anything, len(UsesAttrs), list(UsesAttrs), repr(UsesAttrs))
print(isinstance(UsesAttrs, Attrs), issubclass(Attrs, type), type(type), type.__mro__)
class Abstractish(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Duck(metaclass=Abstractish): pass
class Mallard:
    quack = True
print(isinstance(Mallard(), Duck), isinstance(1, Duck), issubclass(Mallard, Duck))
ns_seen = []
class Recorder(type):
    @classmethod
    def __prepare__(m, name, bases):
        class NS(dict):
            def __setitem__(self, k, v):
                ns_seen.append(k)
                super().__setitem__(k, v)
        return NS()
class Rec(metaclass=Recorder):
    first = 1
    def second(self): pass
    third = 3
print([k for k in ns_seen if not k.startswith("__")])
