# The iterator protocol: __iter__/__next__, iter(callable, sentinel), exhaustion, itertools-style helpers.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
c = Countdown(3)
print(list(c), list(c))
class Reiterable:
    def __init__(self, n): self.n = n
    def __iter__(self):
        return iter(range(self.n))
r = Reiterable(3)
print(list(r), list(r), sum(r), max(r), sorted(r, reverse=True))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in 5: pass
except TypeError as e:
    print("TypeError:", e)
data = iter(["a", "b", "STOP", "c"])
print(list(iter(lambda: next(data), "STOP")))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
import itertools
print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.chain("ab", [1])))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.pairwise("abcd")), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print([list(g) for k, g in itertools.groupby("aabbbc")], list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations([1, 2, 3], 2))[:3], list(itertools.combinations("abc", 2)))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.filterfalse(None, [0, 1, "", "x"])), list(itertools.repeat("z", 3)))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b), list(itertools.batched(range(7), 3)))
print(list(zip("abc", range(10))), list(enumerate("xy", start=5)), list(map(lambda *a: sum(a), [1, 2], [10, 20])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(filter(None, [0, 1, [], [2], "", "s"])), list(reversed(range(0, 10, 3))), list(range(10, 0, -3)))
g = (x * x for x in range(4))
print(next(g), list(g), list(g))
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
print(lst)
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
try:
    for v in s:
        s.add(99)
except RuntimeError as e:
    print("RuntimeError:", e)
class Fib:
    def __init__(self, limit): self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)), 21 in Fib(100), 22 in Fib(100))
rng = range(5, 50, 7)
print(rng, len(rng), rng[2], rng[-1], rng[1:3], 19 in rng, rng.index(19), rng.count(12), list(rng[::-2]))
it2 = iter(range(3))
for x in it2:
    print("outer", x, list(it2))
print(dict(zip("abc", itertools.count())), list(map(str.upper, "ab")))
