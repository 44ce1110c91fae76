# Details of class creation: __new__ vs __init__, __init__ return, __call__, instance creation protocol.
class Tracked:
    def __new__(cls, *args, **kwargs):
        print(f"  __new__({cls.__name__}, {args}, {kwargs})")
        return super().__new__(cls)
    def __init__(self, a, b=2):
        print(f"  __init__(a={a}, b={b})")
        self.a, self.b = a, b
t = Tracked(1, b=3)
print(t.a, t.b)
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("  never called")
print(ReturnsOther())
class ReturnsSubclass:
    def __new__(cls):
        return object.__new__(Sub)
    def __init__(self):
        print("  __init__ of", type(self).__name__)
class Sub(ReturnsSubclass):
    pass
print(type(ReturnsSubclass()).__name__)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)
class NoInitArgs:
    pass
try:
    NoInitArgs(1)
except TypeError as e:
    print("TypeError:", e)
class OnlyNew:
    def __new__(cls, x):
        inst = super().__new__(cls)
        inst.x = x
        return inst
print(OnlyNew(7).x)
class BadSuperNew:
    def __new__(cls, x):
        return super().__new__(cls, x)
try:
    BadSuperNew(1)
except TypeError as e:
    print("TypeError:", e)
class Callable:
    def __init__(self): self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return f"called with {a} {k}"
c = Callable()
print(c(1, x=2), c(), c.calls, callable(c), callable(Callable), callable(1))
class Immutable(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
im = Immutable(3, 4)
print(im, im.x, len(im), isinstance(im, tuple), type(im).__name__)
class UpperStr(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
    def shout(self): return self + "!"
u = UpperStr("hello")
print(u, u.shout(), u.lower(), type(u.lower()).__name__, len(u), u == "HELLO")
class Celsius(float):
    def __new__(cls, v):
        if v < -273.15:
            raise ValueError("too cold")
        return super().__new__(cls, v)
    def __repr__(self): return f"Celsius({float(self)})"
print(Celsius(20.5), Celsius(20.5) + 1, type(Celsius(1) + 1).__name__)
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)
class CountingInt(int):
    instances = 0
    def __new__(cls, v):
        cls.instances += 1
        return super().__new__(cls, v)
a = CountingInt(5); b = CountingInt("7")
print(a + b, type(a + b).__name__, CountingInt.instances, a.bit_length(), repr(a))
class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.created = True
ml = MyList([3, 1, 2])
ml.sort()
print(ml, ml.created, type(ml[:2]).__name__, type(ml + ml).__name__, type(ml * 2).__name__)
class MyDict(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.extra = "x"
md = MyDict(a=1)
print(md, md.extra, type(md.copy()).__name__, type(md | {}).__name__)
print(type.__call__(Tracked, 9).a)
obj = object.__new__(Tracked)
print(hasattr(obj, "a"))
Tracked.__init__(obj, 10)
print(obj.a)
class Factory:
    registry = {}
    def __init_subclass__(cls, kind, **kw):
        super().__init_subclass__(**kw)
        Factory.registry[kind] = cls
    def __new__(cls, kind=None):
        if cls is Factory:
            return super().__new__(Factory.registry[kind])
        return super().__new__(cls)
class Circle(Factory, kind="circle"): pass
class Square(Factory, kind="square"): pass
print(type(Factory("circle")).__name__, type(Factory("square")).__name__, type(Circle()).__name__)
