# Descriptors, metaclasses, __init_subclass__, __set_name__, __class_getitem__, singledispatch, cached_property, total_ordering.
import functools
from functools import cached_property, singledispatch, singledispatchmethod, total_ordering


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


class Range(Typed):
    def __init__(self, lo, hi):
        super().__init__(int, lo)
        self.lo, self.hi = lo, hi

    def __set__(self, obj, value):
        super().__set__(obj, value)
        if not self.lo <= value <= self.hi:
            raise ValueError(f"{self.name}={value} out of [{self.lo}, {self.hi}]")


class Registry(type):
    plugins = {}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.plugins[kw.get("key", name.lower())] = cls
        return cls

    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by_meta = True
        return inst

    def __len__(cls):
        return len(cls.plugins)


class Plugin(metaclass=Registry):
    pass


class CsvPlugin(Plugin, key="csv"):
    pass


class JsonPlugin(Plugin):
    pass


class Shape:
    kinds = []

    def __init_subclass__(cls, /, sides=0, **kw):
        super().__init_subclass__(**kw)
        cls.sides = sides
        Shape.kinds.append((cls.__name__, sides))

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


class Triangle(Shape, sides=3):
    pass


class Square(Shape, sides=4):
    pass


class Person:
    name = Typed(str, "anon")
    age = Range(0, 150)

    def __init__(self, name, age):
        self.name = name
        self.age = age

    @cached_property
    def slug(self):
        print("  (computing slug)")
        return self.name.lower().replace(" ", "-")


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents

    def __lt__(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        return self.cents < o.cents

    def __repr__(self):
        return f"Money({self.cents})"


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
@describe.register(tuple)
def _(x):
    return f"sequence of {len(x)}: " + ", ".join(describe(i) for i in x)


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return str(arg)

    @fmt.register
    def _(self, arg: float):
        return f"{arg:.2f}"


p = Person("Ada Lovelace", 36)
print(p.name, p.age, Person.name.name, Person.age.private, vars(p))
for bad in [("age", "x"), ("age", 200), ("name", 5)]:
    try:
        setattr(p, *bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(p.slug, p.slug, "slug" in vars(p))
del p.slug
print(p.slug)
print(sorted(Registry.plugins), len(Plugin), CsvPlugin().created_by_meta, type(CsvPlugin).__name__)
print(Shape.kinds, Triangle.sides, Shape[int], Square[str])
a, b = Money(5), Money(7)
print(a < b, a <= b, a > b, a >= Money(5), a != b, sorted([b, a, Money(1)]), max(a, b))
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)
print(describe(3), "|", describe([1, (2, 3), "s"]), "|", describe(True), "|", describe.dispatch(bool).__name__)
print(Formatter().fmt(3.14159), Formatter().fmt(3), sorted(k.__name__ for k in describe.registry))
class Temperature:
    def __init__(self):
        self._c = 0.0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9
    @fahrenheit.deleter
    def fahrenheit(self):
        print("  reset"); self._c = 0.0
t = Temperature()
t.fahrenheit = 212
print(t._c, t.fahrenheit)
del t.fahrenheit
print(t.fahrenheit, Temperature.fahrenheit.__class__.__name__)
class Const:
    def __getattr__(self, name):
        return name.upper()
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
c = Const()
print(c.hello, getattr(c, "x_y"))
try:
    c.z = 1
except AttributeError as e:
    print("AttributeError:", e)
