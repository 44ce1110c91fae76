# set and frozenset: operators, methods, frozenset hashing, comparisons, errors (int elements: deterministic order).
def check(src):
    try:
        r = eval(src)
    except Exception as e:
        print(f"{src} !! {type(e).__name__}: {e}")
    else:
        print(f"{src} -> {r!r}")

for src in [
    "{1, 2, 3} | {3, 4}", "{1, 2, 3} & {2, 3, 4}", "{1, 2, 3} - {2}", "{1, 2, 3} ^ {3, 4}", "{1, 2} <= {1, 2, 3}",
    "{1, 2} < {1, 2}", "{1, 2} >= {1}", "{1} > {1}", "{1, 2} == frozenset({1, 2})", "set() == frozenset()",
    "{1, 2}.union([3], (4,))", "{1, 2}.intersection([2, 3], {2})", "{1, 2, 3}.difference([1], [2])",
    "{1, 2}.symmetric_difference([2, 3])", "{1, 2}.issubset([1, 2, 3])", "{1, 2}.issuperset(range(2))",
    "{1, 2}.isdisjoint([3])", "{1, 2} | [3]", "frozenset([1, 2]) | {3}", "type(frozenset([1]) | {3}).__name__",
    "type({3} | frozenset([1])).__name__", "frozenset([1, 2]).union([5])", "hash(frozenset([1, 2])) == hash(frozenset([2, 1]))",
    "{frozenset([1]): 'x'}[frozenset({1})]", "{{1}}", "{1, 2}.pop()", "set().pop()", "len(set('aabbc'))", "set()",
    "frozenset()", "repr(frozenset({3}))", "set([1, 1, 2])", "{1, 1.0, True}", "{0, False, 0.0}", "3 in {1, 2, 3}",
    "[1] in {1}", "{1, 2}.copy()", "sorted({5, 3, 9})", "min({5, 3, 9})", "sum({1, 2, 3})", "{i % 3 for i in range(10)}",
    "set(range(5)) - set(range(2, 10))", "{-1, -2, 3} & {-2, 3}", "set.union()", "set().union()",
]:
    check(src)
s = {1, 2, 3}
s.add(4); s.add(2); s.discard(10); s.discard(1); s.remove(3)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
s.update([7, 8], {9})
print(s)
s.intersection_update({4, 7, 8, 100})
print(s)
s.difference_update([7])
print(s)
s.symmetric_difference_update({8, 11})
print(s)
s |= {20}; s &= {4, 11, 20}; s -= {4}; s ^= {1, 11}
print(s)
s.clear()
print(s, len(s), bool(s))
fs = frozenset([1, 2])
try:
    fs.add(3)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
class Sub(set):
    pass
print(type(Sub([1]) | {2}).__name__, Sub([1, 2]) == {1, 2}, repr(Sub([3])))
class FSub(frozenset):
    pass
print(repr(FSub([1])), type(FSub([1]).copy()).__name__)
grid = {(x, y) for x in range(3) for y in range(3)}
print(len(grid), sorted(grid - {(1, 1)})[:3], (2, 2) in grid)
seen = set()
unique = [x for x in [3, 1, 3, 2, 1, 5] if not (x in seen or seen.add(x))]
print(unique)
it = {1, 2, 3}
try:
    for v in it:
        it.add(v + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted({"b", "a", "c"}), sorted(set("mississippi")), sorted(frozenset("hello") & set("world")))
