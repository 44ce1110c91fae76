"""The itertools documentation recipes, used as a stranger copies them."""
import collections
import functools
import itertools as it
import operator
import random

def take(n, iterable):
    return list(it.islice(iterable, n))

def tabulate(function, start=0):
    return map(function, it.count(start))

def consume(iterator, n=None):
    if n is None:
        collections.deque(iterator, maxlen=0)
    else:
        next(it.islice(iterator, n, n), None)

def nth(iterable, n, default=None):
    return next(it.islice(iterable, n, None), default)

def all_equal(iterable):
    g = it.groupby(iterable)
    return next(g, True) and not next(g, False)

def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))

def ncycles(iterable, n):
    return it.chain.from_iterable(it.repeat(tuple(iterable), n))

def sliding_window(iterable, n):
    iterator = iter(iterable)
    window = collections.deque(it.islice(iterator, n - 1), maxlen=n)
    for x in iterator:
        window.append(x)
        yield tuple(window)

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))

def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return it.filterfalse(pred, t1), filter(pred, t2)

def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))

def unique_everseen(iterable, key=None):
    seen = set()
    for element in (iterable if key is None else iterable):
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), it.groupby(iterable, key)))

def grouper(iterable, n, *, incomplete="fill", fillvalue=None):
    args = [iter(iterable)] * n
    if incomplete == "fill":
        return it.zip_longest(*args, fillvalue=fillvalue)
    if incomplete == "strict":
        return zip(*args, strict=True)
    return zip(*args)

def iter_except(func, exception):
    try:
        while True:
            yield func()
    except exception:
        pass

def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)

def random_product(*args, repeat=1):
    pools = [tuple(pool) for pool in args] * repeat
    return tuple(map(random.choice, pools))

def polynomial_eval(coefficients, x):
    n = len(coefficients)
    if not n:
        return type(x)(0)
    powers = map(pow, it.repeat(x), reversed(range(n)))
    return sum(map(operator.mul, coefficients, powers))

def sieve(n):
    data = bytearray((0, 1)) * (n // 2)
    data[:3] = 0, 0, 0
    limit = int(n ** 0.5) + 1
    for p in it.compress(range(limit), data):
        data[p * p:n:p + p] = bytes(len(range(p * p, n, p + p)))
    data[2] = 1
    return it.compress(it.count(), data)

print(take(5, tabulate(lambda x: x * x)), nth(range(10), 3), nth(iter([]), 0, "none"))
c = iter(range(10)); consume(c, 3); print(next(c))
print(all_equal("aaa"), all_equal("aab"), all_equal(""), quantify([1, 0, 2, 0], bool), list(ncycles("ab", 3)))
print(list(sliding_window("abcde", 3)), list(roundrobin("ABC", "D", "EF")))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds), list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", key=str.lower)), list(unique_justseen("AAAABBBCCDAABBB")))
print(list(grouper("ABCDEFG", 3, fillvalue="x")), list(grouper("ABCDEFG", 3, incomplete="ignore")))
try:
    list(grouper("ABCDEFG", 3, incomplete="strict"))
except ValueError as e:
    print("ValueError:", e)
d = {1: "a", 2: "b"}
print(list(iter_except(d.popitem, KeyError)), first_true([0, None, 7, 8]), first_true([], "dflt"), first_true(range(10), pred=lambda x: x > 5))
random.seed(7)
print(random_product("ab", range(3), repeat=2), polynomial_eval([1, -4, -17, 60], 2.5), list(sieve(60)))
print(list(it.accumulate(range(1, 6), operator.mul)), functools.reduce(operator.or_, [{1}, {2}, {1, 3}]), list(it.starmap(operator.pow, zip(range(4), it.repeat(2)))))
