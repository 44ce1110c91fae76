import functools
import time

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)

adders = [lambda x, i=i: x + i for i in range(4)]
late = [lambda x: x + i for i in range(4)]
print([f(10) for f in adders], [f(10) for f in late])

def repeat(times):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            results = [fn(*args, **kwargs) for _ in range(times)]
            return results
        return wrapper
    return decorator

@repeat(3)
def greet(name, punct="!"):
    """Say hello."""
    return f"hi {name}{punct}"
print(greet("ann"), greet.__name__, greet.__doc__, greet.__wrapped__("bob", punct="?"))

def memo(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapped(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapped.cache = cache
    return wrapped

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), len(fib.cache))

@functools.lru_cache(maxsize=None)
def ways(n, coins=(1, 5, 10, 25, 50)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways.cache_info().hits > 0)

def trace(fn):
    depth = [0]
    @functools.wraps(fn)
    def w(*a):
        print("  " * depth[0] + f"-> {fn.__name__}{a}")
        depth[0] += 1
        try:
            r = fn(*a)
        finally:
            depth[0] -= 1
        print("  " * depth[0] + f"<- {r}")
        return r
    return w

@trace
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
gcd(48, 18)

class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)

@CountCalls
def square(x):
    "Square it."
    return x * x
print([square(i) for i in range(5)], square.calls, square.__name__, square.__doc__)

def singleton(cls):
    instances = {}
    def get(*a, **k):
        if cls not in instances:
            instances[cls] = cls(*a, **k)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v=0):
        self.v = v
print(Config(1).v, Config(2).v, Config() is Config())

def validate_types(**types):
    def deco(fn):
        @functools.wraps(fn)
        def inner(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}, got {type(kwargs.get(k)).__name__}")
            return fn(**kwargs)
        return inner
    return deco
@validate_types(a=int, b=str)
def combine(a, b):
    return b * a
print(combine(a=3, b="xy"))
try:
    combine(a="3", b="xy")
except TypeError as e:
    print(e)

def make_multiplier_chain():
    fns = []
    for k in range(1, 4):
        def m(x, k=k):
            return x * k
        fns.append(m)
    return fns
print([f(7) for f in make_multiplier_chain()])

x = "global"
def outer():
    x = "enclosing"
    def inner():
        global x
        x = "changed global"
        return x
    inner()
    return x
print(outer(), x)

def outer2():
    v = 1
    def mid():
        def inner():
            nonlocal v
            v += 10
            return v
        return inner
    f = mid()
    f(); f()
    return v
print(outer2())
compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(str.strip, str.upper, lambda s: s + "!")("  hello "))
p = functools.partial(int, base=2)
print(p("1011"), p.func, p.keywords, functools.partial(pow, 2)(10))
@functools.singledispatch
def show(x):
    return f"obj {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return "list of " + ", ".join(show(i) for i in x)
print(show(3), show("s"), show([1, "a", 2.5]))
print(functools.reduce(lambda a, b: a * b, range(1, 8)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
