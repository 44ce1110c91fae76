class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B>' + super().who()
class C(A):
    def who(self):
        return 'C>' + super().who()
class D(B, C):
    def who(self):
        return 'D>' + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class WithInitSubclass:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        WithInitSubclass.registry.append(cls.__name__)
class Sub1(WithInitSubclass): pass
class Sub2(WithInitSubclass): pass
print(WithInitSubclass.registry)
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        return f'desc {self.name}'
class UsesDesc:
    attr = Desc()
print(UsesDesc().attr, UsesDesc.attr)
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
s = Slotted()
print(s.a)
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError', e)
class Num(int):
    def double(self):
        return self * 2
print(Num(21).double(), isinstance(Num(1), int))
class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f'O{self.v}'
print(sorted([Ordered(3), Ordered(1), Ordered(2)]))
def method_in_func():
    class Local:
        def m(self):
            return __class__.__name__
    return Local().m(), Local.__qualname__
print(method_in_func())
class Prop:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 10
p = Prop()
p.x = 4
print(p.x)
class CallMe:
    def __call__(self, a, *, b=2):
        return a + b
print(CallMe()(1, b=5))
bm = p.__init__
print(bm.__self__ is p, bm.__func__ is Prop.__init__, type(bm).__name__)
