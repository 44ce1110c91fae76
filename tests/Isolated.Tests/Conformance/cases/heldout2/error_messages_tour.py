# A student collecting the error messages of common mistakes, and of the object model corners
# (slots, __missing__, __getattr__, metaclass __prepare__, MRO conflicts) while studying for an exam.
class Slotted:
    __slots__ = ("a", "b")
s = Slotted()
try: s.c = 1
except AttributeError as e: print(e)
try: s.a
except AttributeError as e: print(e)
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1); print(d["zz"], d.get("zz"), "zz" in d)
class G:
    def __getattribute__(self, n):
        if n == "magic": return 42
        return super().__getattribute__(n)
    def __getattr__(self, n): return f"fallback:{n}"
g = G(); print(g.magic, g.other, getattr(g, "__class__").__name__)
class NoHash:
    def __eq__(self, o): return True
try: hash(NoHash())
except TypeError as e: print(e)
print(NoHash.__hash__)
class Meta(type):
    @classmethod
    def __prepare__(m, name, bases, **kw):
        print("prepare", name, kw); return {"injected": 1}
    def __instancecheck__(cls, inst): return inst == "anything"
class K(metaclass=Meta): pass
print(K.injected, isinstance("anything", K), isinstance(3, K))
class Base:
    @classmethod
    def make(cls): return cls.__name__
    @staticmethod
    def util(): return "util"
class Child(Base):
    @classmethod
    def make(cls): return "child+" + super().make()
print(Child.make(), Child().make(), Child.util())
class Cell:
    def m(self): return __class__.__name__
print(Cell().m())
class P:
    def __init__(self): self.x = 1
    def __repr__(self): return f"P(x={self.x})"
    def __eq__(self, o): return NotImplemented
p = P(); print(p == p, p != p, p == 1)
print(vars(p), p.__dict__ is vars(p), type(p).__mro__, P.__qualname__, P.__module__)
class Desc:
    def __get__(self, i, o): return ("get", i is None)
class H: d = Desc()
print(H.d, H().d)
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print(sorted([Ord(3), Ord(1)], key=lambda o: o.v)[0].v, min(Ord(3), Ord(1)).v)
try: Ord(1) <= Ord(2)
except TypeError as e: print(e)
class Callable_:
    def __call__(self, *a, **k): return a, k
print(Callable_()(1, x=2), callable(Callable_()), callable(Callable_))
class WithNew:
    def __new__(cls, *a):
        inst = super().__new__(cls); inst.args = a; return inst
    def __init__(self, *a): self.inited = True
w = WithNew(1, 2); print(w.args, w.inited)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None: cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
try: object.__new__(int)
except TypeError as e: print(e)
try:
    class X(int, str): pass
except TypeError as e: print(e)
try:
    class Y(Child, Base, Child): pass
except TypeError as e: print(e)
class A1: pass
class B1(A1): pass
try:
    class C1(A1, B1): pass
except TypeError as e: print(e)
print(type("Dyn", (Base,), {"v": 1}).make(), type(3), type.__name__)
print(Base.__subclasses__(), bool.__bases__, object.__subclasshook__() if False else "")
class Iter:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(Iter()), 2 in Iter(), sum(Iter()))
class GetItemOnly:
    def __getitem__(self, i):
        if i < 3: return i * 10
        raise IndexError
print(list(GetItemOnly()), 10 in GetItemOnly(), list(reversed([1,2])))
class Ctx:
    def __len__(self): return 0
print(bool(Ctx()), not Ctx())
try: len(5)
except TypeError as e: print(e)
try: (lambda x: x)()
except TypeError as e: print(e)
def kwo(a, *, b): pass
try: kwo(1, 2)
except TypeError as e: print(e)
try: kwo(1, c=3)
except TypeError as e: print(e)
def posonly(a, /, b): pass
try: posonly(a=1, b=2)
except TypeError as e: print(e)
try: Base.make(1)
except TypeError as e: print(e)
try: None.x
except AttributeError as e: print(e)
try: [].nope
except AttributeError as e: print(e)
try: 1 + "a"
except TypeError as e: print(e)
try: [1][5]
except IndexError as e: print(e)
try: {}.pop("x")
except KeyError as e: print(repr(e))
try: int("12a")
except ValueError as e: print(e)
try: "abc".index("z")
except ValueError as e: print(e)
try: [1].remove(2)
except ValueError as e: print(e)
try: x, y = [1, 2, 3]
except ValueError as e: print(e)
try: a, b, c = [1]
except ValueError as e: print(e)
try: import nonexistent_mod
except ImportError as e: print(e, e.name)
try: from os import nothing_here
except ImportError as e: print(type(e).__name__, e.name)
try: "x" * "y"
except TypeError as e: print(e)
try: iter(5)
except TypeError as e: print(e)
try: next(iter([]))
except StopIteration as e: print("StopIteration", e.value)
try: 1 / 0
except ZeroDivisionError as e: print(e)
try: 1 % 0
except ZeroDivisionError as e: print(e)
try: 1.0 / 0
except ZeroDivisionError as e: print(e)
try: float("abc")
except ValueError as e: print(e)
try: {[]: 1}
except TypeError as e: print(e)
try: sorted([1, "a"])
except TypeError as e: print(e)
try: round("x")
except TypeError as e: print(e)
try: ord("ab")
except TypeError as e: print(e)
try: chr(-1)
except ValueError as e: print(e)
try: list(range(3))[1:2] = 5
except TypeError as e: print(e)
try: (1, 2)[0] = 3
except TypeError as e: print(e)
try: "abc"[0] = "x"
except TypeError as e: print(e)
try: f"{1:invalid}"
except ValueError as e: print(e)
try: max([])
except ValueError as e: print(e)
try: dict([(1, 2, 3)])
except ValueError as e: print(e)
try: int(None)
except TypeError as e: print(e)
try: print(undefined_thing)
except NameError as e: print(e, e.name)
def uses_before():
    print(zz)
    zz = 1
try: uses_before()
except UnboundLocalError as e: print(e)
