class A:
    def __getattribute__(self, name):
        if name == 'magic': return 42
        return object.__getattribute__(self, name)
a = A(); a.x = 1
print(a.magic, a.x)
class D:
    def __get__(self, o, t=None): return 'data'
    def __set__(self, o, v): print('set', v)
class B:
    d = D()
b = B(); b.__dict__['d'] = 'inst'; b.d = 5
print(b.d)
class NE:
    def __eq__(self, o): return True
print(NE() != 1, NE() == 1)
class HashOnly:
    def __hash__(self): return 7
class HashSub(HashOnly):
    def __eq__(self, o): return False
print(hash(HashOnly()), HashSub.__hash__)
class Gi:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(Gi[int])
class N:
    def __new__(cls, v):
        o = super().__new__(cls)
        o.v = v
        return o
print(N(4).v)
class CM:
    @classmethod
    def who(cls): return cls.__name__
class CM2(CM):
    @classmethod
    def who(cls): return 'sub:' + super().who()
print(CM2.who(), CM2().who())
class P:
    def __init__(self): self._v = 1
    def _get(self): return self._v
    def _del(self): print('deleted')
    v = property(_get, None, _del, 'doc v')
p = P(); del p.v
print(P.v.__doc__)
class X: pass
class Y: pass
x = X(); x.__class__ = Y; print(type(x).__name__)
try:
    x.__class__ = int
except TypeError as e:
    print(e)
class Q:
    __slots__ = ('a', '__dict__')
q = Q(); q.a = 1; q.b = 2; print(q.a, q.b, sorted(q.__dict__))
class I(int):
    def __radd__(self, o): return 'I.radd'
print(1 + I(2), I(2) + 1)
class F(float): pass
print(F(1.5) + 1, type(F(2.0)).__name__)
print(type.__dict__['__subclasses__'], object.__dict__['__repr__'])
print(int.__add__(1, 2), (5).__sub__(3), object.__repr__(X()) [:10])
print(len(dir(X)) > 20, '__init__' in dir(X))
class Ctx:
    def __enter__(self): return 'in'
    def __exit__(self, *a): return False
with Ctx() as c: print(c)
class O:
    def __init_subclass__(cls, /, **kw): cls.kw = kw
class O2(O, a=1): pass
print(O2.kw)
print(type('T', (), {})().__class__.__name__, type(3) is int)
class Sn:
    def __set_name__(self, owner, name):
        raise ValueError('boom')
try:
    class Bad:
        s = Sn()
except ValueError as e:
    print('setname', e, getattr(e, '__notes__', None))
print(super(CM2, CM2()).who())
print(issubclass(bool, (str, int)), isinstance(True, int))
class Abs:
    __abstractmethods__ = frozenset({'f'})
print(Abs.__abstractmethods__)
class WithDoc:
    "docstring"
print(WithDoc.__doc__, WithDoc().__doc__)
class Meta(type):
    def mro(cls): return (cls, object)
class MM(int, metaclass=Meta): pass
print(MM.__mro__)
try:
    format(X(), 'x')
except TypeError as e:
    print(e)
print(vars(X) is not None, X.__dict__['__module__'])
class Inh:
    x = 1
class Inh2(Inh): pass
Inh.__add__ = lambda self, o: 'patched'
print(Inh2() + 1)
print(repr(object())[:8])
import sys
print(sys.getrecursionlimit() > 0)
