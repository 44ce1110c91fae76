# Descriptors (validators, lazy attributes), __set_name__, metaclasses (registry, auto-properties), __init_subclass__, __class_getitem__.
class Typed:
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


class Positive(Typed):
    def __set__(self, obj, value):
        super().__set__(obj, value)
        if value <= 0:
            raise ValueError(f"{self.name} must be positive")


class Product:
    name = Typed(str, "?")
    price = Positive((int, float))
    qty = Positive(int, 1)

    def __init__(self, name, price, qty=1):
        self.name, self.price, self.qty = name, price, qty


p = Product("pen", 1.5)
print(p.name, p.price, p.qty, Product.name.private, type(Product.__dict__["price"]).__name__)
for attr, val in [("price", -1), ("qty", 2.5), ("name", 3)]:
    try:
        setattr(p, attr, val)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value


class Data:
    calls = 0

    @Lazy
    def heavy(self):
        Data.calls += 1
        return sum(range(1000))


d = Data()
print(d.heavy, d.heavy, Data.calls, "heavy" in vars(d))


class Registry(type):
    classes = {}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.classes[name.lower()] = cls
        cls.tag = kw.get("tag", name.upper())
        return cls

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj.created_by = "Registry"
        return obj

    def __repr__(cls):
        return f"<plugin {cls.__name__}>"


class Plugin(metaclass=Registry):
    pass


class Csv(Plugin, tag="comma"):
    pass


class Json(Plugin):
    pass


print(sorted(Registry.classes), Csv.tag, Json.tag, type(Csv()).__name__, Json().created_by, type(Csv).__name__)


class Base:
    subclasses = []

    def __init_subclass__(cls, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind or cls.__name__.lower()
        Base.subclasses.append(cls.__name__)


class A(Base, kind="alpha"):
    pass


class B(A):
    pass


print(Base.subclasses, A.kind, B.kind)


class Vector:
    def __class_getitem__(cls, item):
        return f"Vector[{item.__name__}]"


print(Vector[int], Vector[str])


class AutoRepr(type):
    def __new__(mcls, name, bases, ns):
        fields = [k for k, v in ns.get("__annotations__", {}).items()]

        def __repr__(self):
            return f"{name}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
        ns["__repr__"] = __repr__
        return super().__new__(mcls, name, bases, ns)


class Pt(metaclass=AutoRepr):
    x: int
    y: int

    def __init__(self, x, y):
        self.x, self.y = x, y


print(Pt(1, 2), isinstance(Pt, AutoRepr), Pt.__class__.__mro__)


class Singleton(type):
    _instances = {}

    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v


print(Config(1) is Config(2), Config().v)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"injected": 42}


class WithPrep(metaclass=Meta):
    pass


print(WithPrep.injected)
print(property.__get__(property(lambda s: 5), object()), type.__call__(int, "7"))
