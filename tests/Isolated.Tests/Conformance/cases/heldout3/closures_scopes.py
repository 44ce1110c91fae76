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
print(get(), inc.__code__.co_freevars, inc.__closure__[0].cell_contents)

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

x = "global"


def outer():
    x = "enclosing"

    def inner():
        global x
        x = "changed global"
        return x

    def reader():
        return x

    return inner(), reader()


print(outer(), x)


def make_acc():
    total = []

    def add(v):
        total.append(v)
        return sum(total)

    return add


a = make_acc()
print(a(1), a(2), a(10))


class Scope:
    val = 10
    doubled = [val * 2 for _ in range(1)] if False else None
    items = [1, 2, 3]
    squares = [i * i for i in items]

    def method(self):
        return self.val, Scope.val


print(Scope.squares, Scope().method())


def gen_closure():
    fs = []
    for k in range(3):
        def f(k=k):
            return k * 10
        fs.append(f)
    return [f() for f in fs]


print(gen_closure())
try:
    def broken():
        print(y)
        y = 1
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def memo(fn):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]

    wrapper.cache = cache
    return wrapper


@memo
def slow_square(n):
    return n * n


print([slow_square(i % 3) for i in range(6)], sorted(slow_square.cache))


def decorator_with_args(prefix):
    def deco(fn):
        def inner(*a):
            return prefix + str(fn(*a))
        inner.__name__ = fn.__name__
        return inner
    return deco


@decorator_with_args(">> ")
@decorator_with_args("[")
def value(v):
    return v


print(value(7), value.__name__)
