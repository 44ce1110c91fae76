# Multiple inheritance: C3 linearization, diamond, mixins, MRO errors, attribute resolution order.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in Z.mro()], Z.__bases__, Z.__base__.__name__)
try:
    class Bad(A, O, B): pass
    print([k.__name__ for k in Bad.__mro__])
    class Bad2(O, A): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    greeting = "base"
    def hello(self): return f"Base.hello ({self.greeting})"
    def chain(self): return ["Base"]
class Left(Base):
    def chain(self): return ["Left"] + super().chain()
class Right(Base):
    greeting = "right"
    def hello(self): return "Right.hello -> " + super().hello()
    def chain(self): return ["Right"] + super().chain()
class Child(Left, Right):
    def chain(self): return ["Child"] + super().chain()
c = Child()
print(c.hello(), c.greeting, c.chain())
class JsonMixin:
    def to_json(self):
        import json
        return json.dumps(self.as_dict(), sort_keys=True)
class DictMixin:
    def as_dict(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}
class ReprMixin:
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.as_dict().items())})"
class User(JsonMixin, DictMixin, ReprMixin):
    def __init__(self, name, age):
        self.name, self.age, self._secret = name, age, "x"
u = User("ann", 30)
print(u, u.to_json(), u.as_dict())
print(issubclass(User, DictMixin), isinstance(u, ReprMixin), User.__mro__[-1].__name__)
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
class Plain: pass
class Combined(Plain, WithMeta): pass
print(type(Combined).__name__)
try:
    class IntStr(int, str): pass
except TypeError as e:
    print("TypeError:", e)
class ListDict(list):
    pass
try:
    class Both(ListDict, dict): pass
except TypeError as e:
    print("TypeError:", e)
class SlotsA:
    __slots__ = ("a",)
class SlotsB:
    __slots__ = ("b",)
try:
    class SlotsAB(SlotsA, SlotsB): pass
except TypeError as e:
    print("TypeError:", e)
class Attr1:
    x = 1
class Attr2:
    x = 2
    y = 2
class Attr3(Attr1, Attr2):
    pass
print(Attr3.x, Attr3.y)
Attr1.x = 100
print(Attr3.x)
del Attr1.x
print(Attr3.x)
print(Attr3.__dict__.get("x"), "x" in dir(Attr3))
class Abstract:
    def template(self):
        return f"[{self.step1()}|{self.step2()}]"
    def step1(self): return "default1"
    def step2(self): raise NotImplementedError(f"{type(self).__name__} must implement step2")
class Concrete(Abstract):
    def step2(self): return "concrete2"
print(Concrete().template())
try:
    Abstract().template()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(object.__subclasses__ is not None, sorted(k.__name__ for k in Base.__subclasses__()))
class Changeable: pass
class Other: pass
obj = Changeable()
obj.__class__ = Other
print(type(obj).__name__)
try:
    Changeable.__bases__ = (int,)
except TypeError as e:
    print("TypeError:", e)
