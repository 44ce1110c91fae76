def make_counter(start=0, step=1):
    count = start
    def increment():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    increment.reset = reset
    return increment

c = make_counter()
print(c(), c(), c())
c.reset()
print(c())
d = make_counter(10, 5)
print(d(), d(), c())

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]

def make_multipliers_late():
    return [lambda x: x * i for i in range(4)]

print([m(2) for m in make_multipliers()], [m(2) for m in make_multipliers_late()])

def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), len(fib.cache))
print(fib.__closure__ is None, [type(cell.cell_contents).__name__ for cell in fib.__closure__])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()

print(outer()())

def accumulate():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add

acc = accumulate()
print([acc(v) for v in (1, 2, 3, 4)])
x = 1
def read_global():
    return x
def shadow():
    x = 2
    return x
print(read_global(), shadow(), x)
def broken():
    try:
        print(y)
        y = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
broken()
