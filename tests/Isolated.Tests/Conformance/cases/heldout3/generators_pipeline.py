import itertools as it
from functools import reduce, lru_cache, partial, wraps
import operator


def numbers():
    n = 0
    while True:
        yield n
        n += 1


def take(n, g):
    return list(it.islice(g, n))


evens = (x for x in numbers() if x % 2 == 0)
print(take(5, evens))
print(list(it.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(it.chain.from_iterable([[1, 2], [3], [], [4, 5]])))
print([(k, len(list(g))) for k, g in it.groupby("aaabccdddd")])
print(list(it.pairwise("abcd")), list(it.batched(range(7), 3)))
print(list(it.product("ab", repeat=2)), len(list(it.permutations(range(4), 2))))
print(list(it.combinations_with_replacement("xyz", 2)))
print(list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(it.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))


def coroutine_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return (count, avg)
        total += x
        count += 1
        avg = total / count


c = coroutine_avg()
next(c)
for v in [10, 20, 30, 45]:
    print(c.send(v))
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value)


def delegator():
    result = yield from coroutine_avg()
    yield f"inner returned {result}"


d = delegator()
next(d)
d.send(4)
d.send(8)
print(d.send(None))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info())


def logged(fn):
    @wraps(fn)
    def inner(*a, **k):
        r = fn(*a, **k)
        print(f"{fn.__name__}{a} -> {r}")
        return r
    return inner


@logged
def add(a, b=0):
    "adds"
    return a + b


add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(1))
p = partial(add, 10)
print(p(5), p.args, p.keywords)
g = (i * i for i in range(3))
print(next(g), list(g), list(g))
gen = numbers()
print(gen.throw(ValueError("x")) if False else next(gen), gen.close(), list(gen))
