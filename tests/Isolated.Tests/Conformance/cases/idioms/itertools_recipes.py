# itertools recipes: pairwise, batched, chunks, sliding windows, flatten, roundrobin, unique, grouping, powerset.
from itertools import (chain, islice, groupby, accumulate, product, permutations, combinations,
                       combinations_with_replacement, count, cycle, repeat, starmap, takewhile,
                       dropwhile, tee, zip_longest, pairwise, batched, compress, filterfalse)
import operator
from collections import deque


def take(n, it):
    return list(islice(it, n))


def sliding(it, n):
    it = iter(it)
    win = deque(islice(it, n - 1), maxlen=n)
    for x in it:
        win.append(x)
        yield tuple(win)


def roundrobin(*its):
    nexts = [iter(i).__next__ for i in its]
    while nexts:
        alive = []
        for nx in nexts:
            try:
                yield nx()
                alive.append(nx)
            except StopIteration:
                pass
        nexts = alive


def unique_everseen(it, key=None):
    seen = set()
    for x in it:
        k = x if key is None else key(x)
        if k not in seen:
            seen.add(k)
            yield x


def powerset(s):
    s = list(s)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def flatten(nested):
    for x in nested:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


print(take(5, count(10, 3)), take(7, cycle("ab")), list(repeat("x", 3)))
print(list(pairwise("abcd")), list(batched(range(7), 3)), list(sliding(range(6), 3)))
print(list(roundrobin("ABC", "D", "EF")), list(unique_everseen("AAAABBBCCDAABBB")))
print(list(unique_everseen("ABBcCAD", key=str.lower)), list(powerset([1, 2, 3])))
print(list(flatten([1, [2, (3, [4])], [], 5])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], operator.mul, initial=10)))
print([(k, len(list(g))) for k, g in groupby("aaabccdddd")])
data = [("fruit", "apple"), ("veg", "kale"), ("fruit", "fig"), ("veg", "leek")]
for k, g in groupby(sorted(data), key=operator.itemgetter(0)):
    print(k, [v for _, v in g])
print(list(product("ab", repeat=2)), len(list(product(range(3), range(4), range(2)))))
print(list(permutations("abc", 2)), list(combinations_with_replacement("ab", 2)))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(takewhile(lambda x: x < 5, [1, 4, 6, 2])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 2])))
a, b = tee(range(4))
print(list(a), list(zip(b, b)))
print(list(zip_longest("abc", [1], fillvalue="-")), list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(filterfalse(str.isdigit, "a1b2c3")), list(chain("ab", [1], ())), sum(islice(count(), 0, 100, 10)))
primes = (n for n in count(2) if all(n % p for p in range(2, int(n ** 0.5) + 1)))
print(take(10, primes))
fib = accumulate(repeat(None), lambda ab, _: (ab[1], ab[0] + ab[1]), initial=(0, 1))
print([x for x, _ in islice(fib, 12)])
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), list(map(list, zip(*matrix))), list(chain.from_iterable(matrix)))
print(dict(zip("abc", count(1))), list(enumerate("xyz", start=1)), list(map(operator.add, [1, 2], [10, 20])))
try:
    list(batched("abc", 0))
except ValueError as e:
    print("ValueError:", e)
