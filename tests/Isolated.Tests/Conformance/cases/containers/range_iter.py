# range, slice and the iteration builtins
r = range(2, 20, 3)
print(r, list(r), len(r), r[1], r[-1], r[1:3], r[::-1], 8 in r, 9 in r, r.index(11), r.count(5))
print(range(5) == range(0, 5), range(0) == range(3, 1), list(reversed(range(4))))
print(range(10**20)[10**19], len(range(0, 10**20, 10**18)), 10**19 in range(10**20))
for args in ((1.5,), (0, 1, 0), ()):
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    len(range(10**20))
except OverflowError as e:
    print(e)
s = slice(1, None, -2)
print(s, s.start, s.stop, s.step, s.indices(10), slice(5).indices(3))
print("abcdefgh"[s], [0, 1, 2, 3][s], (0, 1, 2, 3)[s])
print(list(enumerate("abc", 1)), list(zip("ab", [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
print(list(filter(None, [0, 1, "", "x"])), list(filter(lambda v: v > 1, [1, 2, 3])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [1, 2], [1, 2], strict=True))
except ValueError as e:
    print(e)
print(min(3, 1, 2), max([4, 9, 2]), min([], default="none"), max("abc", key=ord), min([[2], [1, 5]], key=len))
for f, a in ((min, ()), (max, ([],))):
    try:
        f(*a)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([0.1] * 10), sum([0.1, 0.2, 0.3]), sum([[1], [2]], []), sum(range(1000), 5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
print(all([]), any([]), all(x > 0 for x in [1, 2]), any(x > 1 for x in [1, 2]))
print(len("abc"), len([1]), len({}), len(range(3)))
try:
    len(5)
except TypeError as e:
    print(e)
it = iter([1, 2])
print(next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
calls = [3, 2, 1, 0, -1]
print(list(iter(calls.pop, 0)))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), list(reversed([1, 2, 3])))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(Rev())))
def gen():
    yield 1
    yield 2
print(list(zip(gen(), "xy")), sorted(gen(), reverse=True), tuple(gen()), set(gen()))
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
