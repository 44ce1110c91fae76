# Descriptor protocol: data vs non-data precedence, __set_name__, __get__ on class access.
class Verbose:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
        print(f"__set_name__({owner.__name__}, {name!r})")
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<descriptor {self.public} on {objtype.__name__}>"
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        print(f"set {self.public} = {value!r}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print(f"delete {self.public}")
        delattr(obj, self.private)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from non-data"
class Model:
    name = Verbose()
    age = Verbose()
    nd = NonData()
m = Model()
print(m.name)
m.name = "ann"
print(m.name, Model.name)
del m.name
print(m.name)
print(m.nd)
m.__dict__["nd"] = "instance wins over non-data"
print(m.nd)
m.__dict__["age"] = "instance loses to data descriptor"
print(m.age)
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        return self if obj is None else obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value
class Rec:
    n = Typed(int)
    s = Typed(str)
    def __init__(self, n, s):
        self.n, self.s = n, s
r = Rec(1, "a")
print(r.n, r.s, isinstance(Rec.n, Typed))
try:
    r.n = "bad"
except TypeError as e:
    print("TypeError:", e)
class Method:
    def __init__(self, f): self.f = f
    def __get__(self, obj, owner=None):
        if obj is None: return self
        return lambda *a: self.f(obj, *a)
class UsesMethod:
    @Method
    def hello(self, who): return f"hello {who} from {type(self).__name__}"
print(UsesMethod().hello("bob"))
def plain(self): return "plain"
print(plain.__get__(m, Model)(), type(plain.__get__(m)).__name__, plain.__get__(None, Model) is plain)
class ReadOnly:
    def __get__(self, obj, owner): return 1
    def __set__(self, obj, v): raise AttributeError("read-only attribute")
class HasRO:
    ro = ReadOnly()
h = HasRO()
try:
    h.ro = 5
except AttributeError as e:
    print("AttributeError:", e)
print(h.ro)
class Late:
    pass
d = Verbose()
Late.attr = d   # no __set_name__ when assigned after class creation
try:
    print(Late().attr)
except AttributeError as e:
    print("AttributeError (no set_name):", type(e).__name__)
d.__set_name__(Late, "attr")
print(Late().attr)
class Base:
    x = Verbose()
class Child(Base):
    pass
c = Child(); c.x = 3
print(c.x, vars(c))
print(type(Model.__dict__["name"]).__name__, Model.__dict__["nd"].__get__(None, Model))
sm = staticmethod(lambda: "static")
cm = classmethod(lambda cls: cls.__name__)
print(sm.__get__(None, Model)(), cm.__get__(None, Model)(), cm.__get__(m)())
