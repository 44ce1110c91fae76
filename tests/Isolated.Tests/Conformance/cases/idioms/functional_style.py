# Functional style: map/filter/reduce pipelines, function composition, currying with partial, immutability with tuples/frozensets.
from functools import reduce, partial
from operator import add, mul, itemgetter
from itertools import starmap


def compose(*fns):
    return reduce(lambda f, g: lambda x: f(g(x)), fns, lambda x: x)


def pipe(value, *fns):
    return reduce(lambda acc, fn: fn(acc), fns, value)


inc = partial(add, 1)
dbl = partial(mul, 2)
print(compose(inc, dbl)(5), compose(dbl, inc)(5), pipe(5, inc, dbl, str, len))
people = [("ann", 31, "dev"), ("bob", 25, "ops"), ("cy", 42, "dev"), ("dee", 35, "qa")]
devs = list(map(itemgetter(0), filter(lambda p: p[2] == "dev", people)))
avg_age = reduce(add, map(itemgetter(1), people)) / len(people)
print(devs, avg_age, max(people, key=itemgetter(1))[0], sorted(people, key=itemgetter(2, 1))[0])


def curry(fn, arity):
    def curried(*args):
        if len(args) >= arity:
            return fn(*args)
        return lambda *more: curried(*args, *more)
    return curried


vol = curry(lambda l, w, h: l * w * h, 3)
print(vol(2)(3)(4), vol(2, 3)(4), vol(2)(3, 4), vol(2, 3, 4))
print(list(starmap(lambda a, b: a ** b, [(2, 3), (3, 2), (10, 0)])), reduce(lambda a, b: a * 10 + b, [1, 2, 3]))
frozen = frozenset({1, 2, 3})
t = (1, (2, 3))
print(frozen | {4}, frozen.union([5]), t + ((4,),), hash(t) == hash((1, (2, 3))), {frozen: "ok"}[frozenset([3, 2, 1])])


def flat_map(fn, xs):
    return [y for x in xs for y in fn(x)]


print(flat_map(lambda s: s.split(), ["a b", "c d e"]), flat_map(range, [1, 2, 3]))


def memoize(fn):
    cache = {}
    return lambda *a: cache[a] if a in cache else cache.setdefault(a, fn(*a))


fib = memoize(lambda n: n if n < 2 else fib(n - 1) + fib(n - 2))
print(fib(90), list(map(fib, range(10))))
counts = reduce(lambda acc, w: {**acc, w: acc.get(w, 0) + 1}, "a b a c b a".split(), {})
print(counts, dict(sorted(counts.items(), key=lambda kv: -kv[1])))
print(list(filter(str.isupper, "aBcDeF")), list(map(str.upper, ["x", "y"])), any(map(str.isdigit, "ab3")), all(map(bool, [1, "a", [0]])))
print(sum(map(lambda x: x * x, filter(lambda x: x % 3 == 0, range(20)))), list(zip(*filter(lambda p: p[0] < p[1], [(1, 2), (3, 1), (2, 5)]))))
