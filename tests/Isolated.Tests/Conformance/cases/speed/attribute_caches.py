# Attribute sites cache what they found on the type; every change must still be seen.
class Base:
    kind = "base"
    def who(self):
        return "Base.who"

class Child(Base):
    pass

def read_kind(o):
    return o.kind

def call_who(o):
    return o.who()

objs = [Base(), Child()]
for _ in range(3):
    print([read_kind(o) for o in objs], [call_who(o) for o in objs])

# A base class gains/changes an attribute: subclasses see it at cached sites.
Base.kind = "changed"
Base.who = lambda self: "lambda who"
print([read_kind(o) for o in objs], [call_who(o) for o in objs])
Child.kind = "child"
print([read_kind(o) for o in objs])
del Child.kind
print([read_kind(o) for o in objs])

# An instance attribute shadows a method and a class attribute.
c = Child()
print(call_who(c), read_kind(c))
c.who = lambda: "instance who"
c.kind = "instance kind"
print(call_who(c), read_kind(c))
del c.who, c.kind
print(call_who(c), read_kind(c))

# A descriptor's class gains __get__ / __set__ after sites have cached it.
class Value:
    pass

class Holder:
    v = Value()

h = Holder()
def get_v(o):
    return o.v
def set_v(o, x):
    o.v = x
print(type(get_v(h)).__name__)
Value.__get__ = lambda self, obj, owner: "via __get__"
print(get_v(h))
Value.__set__ = lambda self, obj, val: print("__set__ got", val)
set_v(h, 5)
print(get_v(h), "v" in h.__dict__)

# __getattr__ / __getattribute__ added to a class later.
class Late:
    pass
def get_missing(o):
    try:
        return o.missing
    except AttributeError as e:
        return "AttributeError: " + str(e)
lo = Late()
print(get_missing(lo))
Late.__getattr__ = lambda self, name: "getattr " + name
print(get_missing(lo))
Late.__getattribute__ = lambda self, name: "getattribute " + name
print(get_missing(lo))

# Polymorphic sites: many classes through one instruction.
classes = [type("C%d" % i, (), {"x": i, "m": (lambda i: lambda self: i * 10)(i)}) for i in range(6)]
insts = [cls() for cls in classes]
for _ in range(2):
    print([o.x for o in insts], [o.m() for o in insts])
for i, o in enumerate(insts):
    if i % 2:
        o.x = -i
print([o.x for o in insts])

# Class attribute loads through the metatype; a metaclass attribute appearing later.
class Meta(type):
    pass
class K(metaclass=Meta):
    def f(self):
        return "K.f"
    attr = 1
def load_class_attrs(k):
    return k.attr, k.f.__name__
print(load_class_attrs(K))
K.attr = 2
print(load_class_attrs(K))
class K2(K):
    attr = 3
print(load_class_attrs(K), load_class_attrs(K2))
Meta.attr = property(lambda cls: "meta property")
print(load_class_attrs(K), load_class_attrs(K2))

# __class__ assignment changes what a cached site sees.
class A:
    def name(self):
        return "A"
class B:
    def name(self):
        return "B"
a = A()
print([call_name for call_name in [a.name()]])
a.__class__ = B
print(a.name())

# __slots__ instances, properties, and stores at cached sites.
class Slotted:
    __slots__ = ("p", "q")
    def __init__(self):
        self.p = 1
s = Slotted()
def store_q(o, v):
    o.q = v
store_q(s, 7)
print(s.p, s.q)
try:
    s.r = 1
except AttributeError as e:
    print("AttributeError:", e)

class WithProp:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
wp = WithProp()
for i in range(3):
    wp.x = i
    print(wp.x, wp._x)

# Instances of one class storing attributes in different orders.
class P:
    pass
def fill(o, order):
    for name in order:
        setattr(o, name, name.upper())
    return o
ps = [fill(P(), "abc"), fill(P(), "cba"), fill(P(), "b")]
def read_b(o):
    return o.b
print([read_b(o) for o in ps])
