class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    ro = property(lambda self: 1)
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def add(a, b): return a + b
p = P(); p.x = 5
print(p.x, P.x.__doc__, P.make().__class__.__name__, P.add(1, 2), p.add(3, 4))
try:
    p.ro = 2
except AttributeError as e:
    print(e)
class Desc:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, owner=None): return (self.name, obj is None)
class U:
    d = Desc()
print(U.d, U().d)
class Slotted:
    __slots__ = ('a', 'b')
s = Slotted(); s.a = 1
print(s.a, hasattr(s, '__dict__'))
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    s.b
except AttributeError as e:
    print(e)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['tag'] = kw.get('tag', 'none')
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        return ('called', cls.__name__, a)
class M(metaclass=Meta, tag='t'):
    pass
print(M.tag, type(M).__name__, M(1))
class Base:
    subs = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Base.subs.append((cls.__name__, kw))
class K(Base, flag=1): pass
print(Base.subs)
class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {'injected': 42}
class Q(metaclass=Prep): pass
print(Q.injected)
class Chk(type):
    def __instancecheck__(cls, obj): return obj == 7
class Seven(metaclass=Chk): pass
print(isinstance(7, Seven), isinstance(8, Seven))
print(type(P.__dict__).__name__, P.__dict__['add'].__class__.__name__)
