a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 0}
print(a | b, b | a)
c = dict(a)
c |= b
print(c)
print(a.keys() & b.keys(), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(list(a.items())[0], ("x", 1) in a.items(), 2 in a.values())
s1, s2 = {1, 2, 3, 4}, {3, 4, 5}
print(s1 | s2, s1 & s2, s1 - s2, s1 ^ s2, s1 <= s2, {3} < s2, s1.isdisjoint({9}))
print(s1.union([7], (8,)), s1.intersection(range(3)), s1.difference({1}, {2}), s1.symmetric_difference([4, 6]))
fs = frozenset([1, 2])
print(fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__, {fs: "frozen"}[frozenset({2, 1})])
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
inv = {v: k for k, v in a.items()}
print(inv, dict(zip("abc", range(3))), dict.fromkeys("ab", 0))
d = {}
d.setdefault("list", []).append(1)
d.setdefault("list", []).append(2)
print(d, d.pop("list"), d.pop("missing", "default"), d)
e = {1: "a", 2: "b", 3: "c"}
print(e.popitem(), e, list(reversed(e)))
del e[1]
print(e, len(e), e.get(5), 2 in e)
try:
    e[99]
except KeyError as err:
    print("KeyError", err)
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y"))
print({k: v for k, v in sorted(a.items()) if v > 1}, {x % 3 for x in range(10)})
s = set()
s.add(1); s.update([2, 3]); s.discard(9); s.remove(2)
print(s, s.pop(), s)
try:
    s.remove(42)
except KeyError as err:
    print("KeyError", err)
print(sorted({3, 1, 2}), {1, 2} == {2, 1}, {1: 2} == {1: 2.0}, dict(a=1) == {"a": 1})
