def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{'c': 3, 'z': 0}))
def pos(a, b, /, c, *, d):
    return a + b + c + d
print(pos(1, 2, c=3, d=4))
for call in [lambda: pos(1), lambda: pos(1, 2, 3, 4, 5), lambda: pos(a=1, b=2, c=3, d=4),
             lambda: f(1, 2), lambda: pos(1, 2, 3, d=4, e=5), lambda: f(1, a=2, c=3),
             lambda: (lambda x, y, z: 0)(), lambda: (lambda x=1: 0)(1, 2), lambda: (lambda: 0)(1)]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
def deco(fn):
    def wrapper(*a, **k):
        return ('wrapped', fn(*a, **k))
    wrapper.__name__ = fn.__name__
    return wrapper
@deco
def hello(name):
    "doc string"
    return 'hi ' + name
print(hello('bob'), hello.__name__)
def documented():
    "the doc"
print(documented.__doc__, documented.__name__, documented.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc
c = counter()
c(); c(5)
print(c(), c.__closure__[0].cell_contents)
g = 10
def use_global():
    global g
    g += 1
    return g
print(use_global(), g)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
def kwonly(*, a=1, b):
    return a, b
print(kwonly(b=2))
print((lambda *a, **k: (a, k))(1, x=2))
def defaults(a, b=[]):
    b.append(a)
    return b
defaults(1)
print(defaults(2), defaults.__defaults__)
def annotated(a: int, b: 'str' = 'x') -> list:
    pass
print(annotated.__annotations__)
def recurse(n):
    return recurse(n + 1)
try:
    recurse(0)
except RecursionError as e:
    print('RecursionError', e)
def unbound():
    print(v)
    v = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in make_adders()])
def closures_late():
    return [lambda: i for i in range(3)]
print([a() for a in closures_late()])
