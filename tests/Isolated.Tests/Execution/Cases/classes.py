class Base:
    cls_attr = 'base'
    def __init__(self, x):
        self.x = x
    def describe(self):
        return f'{type(self).__name__}({self.x})'
    def __repr__(self):
        return f'<{self.describe()}>'
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def helper(a):
        return a * 2
    @property
    def double(self):
        return self.x * 2
class Derived(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def describe(self):
        return super().describe() + f'+{self.y}'
d = Derived(1, 2)
print(d.describe(), repr(d), d.double, Base.helper(4), Derived.make.__name__)
print(Base.make(3), isinstance(d, Base), Derived.__mro__[1].__name__, Derived.__qualname__)
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __str__(self):
        return f'Vec({self.x}, {self.y})'
    def __bool__(self):
        return bool(self.x or self.y)
v = Vec(1, 2) + Vec(3, 4)
print(v, v == Vec(4, 6), len(v), v[1], list(v), bool(Vec(0, 0)))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter()
print(Counter.count)
class Outer:
    class Inner:
        def m(self):
            return __class__.__qualname__
    def __private(self):
        return 'private'
    def call(self):
        return self.__private()
print(Outer.Inner().m(), Outer().call(), hasattr(Outer, '_Outer__private'))
class WithSlotsDoc:
    "class doc"
    x: int = 5
    y: str
print(WithSlotsDoc.__doc__, WithSlotsDoc.__annotations__, WithSlotsDoc.x)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['added'] = kw.get('flag', 0)
        return super().__new__(mcls, name, bases, ns)
class UsesMeta(metaclass=Meta, flag=7):
    pass
print(UsesMeta.added, type(UsesMeta).__name__)
class Ctx:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, t, v, tb):
        print('exit', t.__name__ if t else None, v)
        return True
with Ctx() as c:
    raise ValueError('boom')
print('after with')
with Ctx():
    pass
