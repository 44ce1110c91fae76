import functools
import itertools as it
import operator as op

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info().currsize)

@functools.lru_cache(maxsize=2)
def sq(x):
    return x * x
for x in [1, 2, 1, 3, 2]:
    sq(x)
print(sq.cache_info(), sq.__wrapped__(9))

@functools.cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact.cache_info().hits)

def log_calls(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@log_calls
def documented(x):
    """Docstring kept."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)

p = functools.partial(int, base=2)
print(p("1010"), p.func, p.args, p.keywords, functools.partial(p, "11")())
print(functools.reduce(op.mul, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0))
try:
    functools.reduce(op.add, [])
except TypeError as e:
    print("TypeError:", e)
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.t = tuple(map(int, s.split(".")))
    def __eq__(self, o):
        return self.t == o.t
    def __lt__(self, o):
        return self.t < o.t
    def __repr__(self):
        return ".".join(map(str, self.t))
print(sorted([Version("1.10"), Version("1.2"), Version("1.9")]), Version("2.0") >= Version("1.99"), Version("1.0") > Version("1.0"))

@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(1), describe([1, 2]), describe("s"), describe(True), sorted(t.__name__ for t in describe.registry))

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print("computing")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area)
class Acc:
    @functools.singledispatchmethod
    def add(self, x):
        return "generic"
    @add.register
    def _(self, x: str):
        return "str"
print(Acc().add(1), Acc().add("s"))

print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], op.mul, initial=10)), list(it.accumulate([3, 1, 4], max)))
print(list(it.chain("ab", [1])), list(it.chain.from_iterable(["xy", "z"])), list(it.compress("abcd", [1, 0, 1, 0])))
print(list(it.islice(it.count(10, 5), 3)), list(it.islice("abcdefg", 1, None, 2)), list(it.islice(it.cycle("ab"), 5)))
print(list(it.repeat("x", 3)), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, "", "a"])), list(it.zip_longest("ab", [1], fillvalue="-")))
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")], [(k, len(list(g))) for k, g in it.groupby(sorted([3, 1, 3, 2, 1]))])
print(list(it.pairwise("abcd")), list(it.batched(range(7), 3)), list(it.product("ab", repeat=2)), list(it.product([1, 2], "xy")))
print(list(it.permutations("abc", 2)), list(it.combinations(range(4), 2)), list(it.combinations_with_replacement("ab", 2)))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b), len(list(it.permutations(range(5)))), next(it.count()), list(zip(it.count(1), "xy")))
print(op.add(1, 2), op.itemgetter(1)([5, 6]), op.itemgetter(0, 2)("abc"), op.attrgetter("real")(3j), op.attrgetter("r", "area")(c))
print(op.methodcaller("split", ",")("a,b"), op.neg(3), op.not_(0), op.truth([]), op.contains([1], 1), op.countOf([1, 1], 1), op.indexOf("ab", "b"))
print(op.concat([1], [2]), op.getitem({"k": 1}, "k"), op.is_(None, None), op.floordiv(7, 2), op.mod(-7, 3), op.pow(2, 10), op.index(5))
lst = [1, 2, 3]
op.setitem(lst, 0, 9); op.delitem(lst, 1)
print(lst, op.length_hint(iter(range(7))), op.iadd([1], [2]), op.matmul.__name__, op.or_(1, 2), op.xor(5, 1), op.lshift(1, 4))
rows = [{"n": "b", "a": 2}, {"n": "a", "a": 2}, {"n": "c", "a": 1}]
print(sorted(rows, key=op.itemgetter("a", "n")), max(rows, key=op.itemgetter("a"))["n"])
