class PluginMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            key = kwargs.get("key", name.lower())
            mcls.registry[key] = cls
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        cls.created_by = "PluginMeta"
    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.tag = f"<{cls.__name__}>"
        return inst
    def __repr__(cls):
        return f"Plugin class {cls.__name__}"
    def __len__(cls):
        return len(cls.registry)
    def __iter__(cls):
        return iter(sorted(cls.registry))
    def __getitem__(cls, key):
        return cls.registry[key]

class Plugin(metaclass=PluginMeta):
    def __init__(self, value=0):
        self.value = value
class Alpha(Plugin):
    pass
class Beta(Plugin, key="b"):
    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra

print(list(Plugin), len(Plugin), Plugin["b"], repr(Alpha), type(Alpha).__name__)
b = Beta(1, 2)
print(b.tag, b.value, b.extra, b.created_by, type(b).created_by, isinstance(Beta, PluginMeta))

class OrderedNS(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("preparing", name)
        return {"_order": []}
    def __new__(mcls, name, bases, ns):
        ns["fields"] = [k for k in ns if not k.startswith("_")]
        return super().__new__(mcls, name, bases, dict(ns))
class Record(metaclass=OrderedNS):
    zeta = 1
    alpha = 2
    def method(self):
        pass
print(Record.fields)

class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.private)

class Model:
    fields = []
    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower() + "s"
        cls.fields = [k for k, v in vars(cls).items() if isinstance(v, Field)]
    def __repr__(self):
        body = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({body})"

class User(Model, table="people"):
    name = Field(str, "anon")
    age = Field(int, 0)
class Order(Model):
    total = Field(float, 0.0)

u = User()
print(u, User.table, Order.table, User.fields, Order.fields, User.name.private)
u.name = "kim"
u.age = 30
print(u, vars(u))
try:
    u.age = "old"
except TypeError as e:
    print("TypeError:", e)
del u.age
print(u)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls):
        if obj is None:
            return self
        val = self.fn(obj)
        obj.__dict__[self.fn.__name__] = val
        return val
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print("computing area")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in vars(c))

class Attrs:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no attribute {name!r}")
    def __setattr__(self, name, value):
        print(f"set {name}={value!r}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
a = Attrs()
print(a.real, a.dyn_hello, getattr(a, "missing", "default"), hasattr(a, "nope"))
a.x = 5
del a.x
try:
    a.other
except AttributeError as e:
    print("AttributeError:", e)

class Spy:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
s = Spy()
s.secret = "real"
s.visible = 1
print(s.secret, s.visible, s.__dict__)

class Singleton(type):
    _instances = {}
    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]
class DB(metaclass=Singleton):
    def __init__(self, url="sqlite://"):
        self.url = url
print(DB("x").url, DB("y").url, DB() is DB())
Dyn = type("Dyn", (Model,), {"color": Field(str, "red"), "shade": lambda self: self.color + "ish"})
d = Dyn()
print(d, d.shade(), Dyn.table, Dyn.__name__, Dyn.__qualname__, Dyn.__module__)
class Meta2(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int) and inst > 0
class Positive(metaclass=Meta2):
    pass
print(isinstance(5, Positive), isinstance(-5, Positive), isinstance("x", Positive))
class GenericList:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(GenericList[int], list[int], dict[str, list[int]], type(list[int]).__name__)
