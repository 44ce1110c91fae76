# Closures and scoping: nonlocal, global, late binding in loops, default-argument capture, class scope rules, cell inspection.
counter_global = 0


def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start
    inc.reset = reset
    return inc


c = make_counter(10, 5)
print(c(), c(), c())
c.reset()
print(c(), c.__closure__ is not None, [cell.cell_contents for cell in c.__closure__], c.__code__.co_freevars)


def bump():
    global counter_global
    counter_global += 1
    return counter_global


print(bump(), bump(), counter_global)
late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner()
    x = "changed"
    return middle()


print(outer())


class Scope:
    y = 10
    values = [y * k for k in range(3)] if False else None
    z = [1, 2, 3]
    doubled = [v * 2 for v in z]

    def method(self):
        try:
            return y
        except NameError as e:
            return f"NameError: {e}"


print(Scope.doubled, Scope().method())


def shadow():
    try:
        print(undefined_local)
        undefined_local = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


shadow()


def accumulate():
    total = []

    def add(x):
        total.append(x)
        return sum(total)
    return add


acc = accumulate()
print([acc(x) for x in (1, 2, 3)])


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


print(slow_square(4), slow_square(4), slow_square.cache)
x = "global x"


def read_global():
    return x


def f_locals():
    a, b = 1, 2
    return sorted(locals().items())


print(read_global(), f_locals())
funcs = {}
for name in ("add", "mul"):
    def op(a, b, _name=name):
        return a + b if _name == "add" else a * b
    funcs[name] = op
print(funcs["add"](3, 4), funcs["mul"](3, 4))
adders = list(map(lambda n: (lambda x: x + n), range(3)))
print([a(10) for a in adders])


def gen_closure():
    for i in range(3):
        yield lambda: i


print([f() for f in gen_closure()], [f() for f in list(gen_closure())])
