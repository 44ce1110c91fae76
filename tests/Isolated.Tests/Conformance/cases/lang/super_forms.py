# super() in all its forms.
class A:
    def who(self): return ["A"]
    @classmethod
    def cm(cls): return [f"A.cm({cls.__name__})"]
    @staticmethod
    def sm(): return ["A.sm"]
    def __init__(self, **kw):
        print("A.__init__ leftover", sorted(kw))
class B(A):
    def who(self): return ["B"] + super().who()
    @classmethod
    def cm(cls): return [f"B.cm({cls.__name__})"] + super().cm()
    def __init__(self, b=None, **kw):
        print("B.__init__", b)
        super().__init__(**kw)
class C(A):
    def who(self): return ["C"] + super().who()
    @classmethod
    def cm(cls): return [f"C.cm({cls.__name__})"] + super().cm()
    def __init__(self, c=None, **kw):
        print("C.__init__", c)
        super().__init__(**kw)
class D(B, C):
    def who(self): return ["D"] + super().who()
    @classmethod
    def cm(cls): return ["D.cm"] + super(D, cls).cm()
    def __init__(self, **kw):
        print("D.__init__")
        super().__init__(**kw)
print([k.__name__ for k in D.__mro__])
d = D(b=1, c=2, extra=3)
print(d.who(), D.cm(), D.sm())
print(super(B, d).who(), super(C, d).who())
print(super(D, D).cm())
s = super(B, d)
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__)
class Unbound(A):
    def m(self):
        return super(Unbound, self).who()
print(Unbound().m())
class Prop:
    @property
    def value(self): return 1
class PropChild(Prop):
    @property
    def value(self): return super().value + 10
print(PropChild().value)
class WithNew:
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.created_with = a
        return inst
class WithNew2(WithNew):
    def __new__(cls, *a):
        return super().__new__(cls, *a, "extra")
print(WithNew2(1).created_with)
def outside(self):
    return super(Later, self).who()
class Later(A):
    go = outside
print(Later().go())
class ListLike(list):
    def append(self, v):
        super().append(v * 2)
    def __getitem__(self, i):
        return ("item", super().__getitem__(i))
l = ListLike(); l.append(5); l.append(6)
print(l, l[1], len(l))
class DictLike(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
dl = DictLike(); dl["a"] = 1
print(dl)
class Zero:
    def f(self):
        def inner():
            return super().who()
        return inner
try:
    Zero().f()()
except RuntimeError as e:
    print("RuntimeError:", e)
except TypeError as e:
    print("TypeError:", e)
class NoArgs(A):
    @staticmethod
    def s():
        try:
            return super().who()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
print(NoArgs.s())
class Gen(A):
    def who(self):
        return [x for x in super().who()] + list(y for y in super().who())
print(Gen().who())
class Lam(A):
    def who(self):
        f = lambda: super(Lam, self).who()
        return f()
print(Lam().who())
try:
    super(int, "str")
except TypeError as e:
    print("TypeError:", e)
print(super(str, "abc").__str__(), super(B, d).__init__ is not None)
class Attr(A):
    def get(self):
        try:
            return super().missing
        except AttributeError as e:
            return "AttributeError: " + str(e)
print(Attr().get())
class __class__test:
    def m(self):
        return __class__.__name__
print(__class__test().m())
