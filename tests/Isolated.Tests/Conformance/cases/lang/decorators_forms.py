# Decorators: stacked, with arguments, class decorators, arbitrary expressions (PEP 614).
import functools
order = []
def trace(tag):
    def deco(fn):
        order.append(f"apply {tag}")
        @functools.wraps(fn)
        def wrapper(*a, **k):
            order.append(f"call {tag}")
            return fn(*a, **k)
        wrapper.tag = tag
        return wrapper
    order.append(f"make {tag}")
    return deco
@trace("outer")
@trace("inner")
def work(x):
    "doc of work"
    return x * 2
print(work(4), work.__name__, work.__doc__, work.tag, work.__wrapped__.tag)
print(order)
def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco
REG = {}
@register(REG)
class Alpha: pass
@register(REG)
class Beta: pass
print(sorted(REG))
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class P:
    def __init__(self, a, b):
        self.a, self.b = a, b
print(P(1, "two"))
buttons = [lambda f: f, lambda f: (lambda: "replaced")]
@buttons[1]
def orig():
    return "orig"
print(orig())
@(lambda f: f)
def ident():
    return "ident"
print(ident())
class Obj:
    def deco(self, f):
        return lambda: f().upper()
o = Obj()
@o.deco
def shout():
    return "quiet"
print(shout())
def count_calls(fn):
    @functools.wraps(fn)
    def w(*args):
        w.calls += 1
        return fn(*args)
    w.calls = 0
    return w
@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10), fib.calls)
@functools.lru_cache(maxsize=None)
def fib2(n):
    return n if n < 2 else fib2(n - 1) + fib2(n - 2)
print(fib2(80), fib2.cache_info().hits > 0)
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        functools.update_wrapper(self, fn)
    def __call__(self, *a):
        if a not in self.cache:
            self.cache[a] = self.fn(*a)
        return self.cache[a]
@Memo
def square(n):
    "squares"
    return n * n
print(square(5), square(5), square.cache, square.__doc__)
def deco_with_optional(fn=None, *, prefix=">"):
    if fn is None:
        return lambda f: deco_with_optional(f, prefix=prefix)
    return lambda *a: prefix + fn(*a)
@deco_with_optional
def h1(): return "a"
@deco_with_optional(prefix="#")
def h2(): return "b"
print(h1(), h2())
class WithMethods:
    @staticmethod
    @count_calls
    def st(x): return x
    @classmethod
    def cm(cls): return cls.__name__
    @property
    @functools.cache
    def cached(self): return 42
print(WithMethods.st(3), WithMethods.st.calls, WithMethods.cm(), WithMethods().cached)
print(functools.wraps(work)(lambda: 0).__qualname__)
