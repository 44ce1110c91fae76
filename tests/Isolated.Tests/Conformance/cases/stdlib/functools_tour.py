# functools: lru_cache, cache, partial, reduce, singledispatch, cached_property, total_ordering, wraps, cmp_to_key.
import functools
from functools import lru_cache, partial, reduce, singledispatch, cached_property, total_ordering, wraps, cmp_to_key


@lru_cache(maxsize=32)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@functools.cache
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100))

power = partial(pow, exp=2)
print(power(7), partial(int, base=2)("1011"), partial(max, 3)(1, 2))
p = partial(print, "a", sep="-")
print(p.func is print, p.args, p.keywords)
p("b", "c")
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, [], 0))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)


@singledispatch
def describe(obj):
    return f"object {obj!r}"


@describe.register
def _(obj: int):
    return f"int {obj}"


@describe.register(list)
def _(obj):
    return "list of " + ", ".join(describe(x) for x in obj)


@describe.register(str)
@describe.register(bytes)
def _(obj):
    return f"text {obj!r}"


print(describe(3), describe("s"), describe(b"b"), describe(2.5), describe([1, "x"]), describe(True))
print(describe.dispatch(bool).__name__, sorted(k.__name__ for k in describe.registry))


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        self.computed += 1
        return round(3.14159 * self.r ** 2, 3)


c = Circle(2)
print(c.area, c.area, c.computed, "area" in vars(c))
del c.area
print(c.area, c.computed)


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return f"${self.cents / 100:.2f}"


a, b = Money(150), Money(99)
print(a > b, a >= b, a <= b, sorted([a, b, Money(120)]), max(a, b))


def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__}{args}")
        return fn(*args, **kwargs)
    return wrapper


@logged
def add(x, y):
    """Add two numbers."""
    return x + y


print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__.__name__)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words, key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))


class Calc:
    @functools.partialmethod
    def _noop(self):
        pass

    def op(self, kind, x, y):
        return {"add": x + y, "mul": x * y}[kind]

    add = functools.partialmethod(op, "add")
    mul = functools.partialmethod(op, "mul")


print(Calc().add(2, 5), Calc().mul(2, 5))
print(functools.reduce(lambda acc, kv: acc | {kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
sq = lru_cache(maxsize=None)(lambda x: x * x)
print([sq(i) for i in (2, 3, 2)], sq.cache_info().hits)
