# dict: ordering, views and their set operations, | and |=, fromkeys, setdefault, popitem, errors.
def check(src):
    try:
        r = eval(src)
    except Exception as e:
        print(f"{src} !! {type(e).__name__}: {e}")
    else:
        print(f"{src} -> {r!r}")

d = {"b": 2, "a": 1, "c": 3}
d["d"] = 4
del d["a"]
d["a"] = 5
print(d, list(d), list(d.values()), list(d.items()))
print(d.keys() & {"a", "z"}, sorted(d.keys() | {"z"}), sorted(d.keys() - {"b"}), sorted(d.keys() ^ {"a", "q"}))
print(d.items() & {("b", 2), ("c", 0)}, ("b", 2) in d.items(), "b" in d.keys(), 2 in d.values())
print(d.keys() == {"a", "b", "c", "d"}, d.keys() <= {"a", "b", "c", "d", "e"}, d.keys().isdisjoint({"x"}))
print(reversed(d).__class__.__name__, list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
e = {"x": 1} | {"y": 2, "x": 3}
print(e)
e |= [("z", 0)]
print(e)
e |= {"x": -1}
print(e)
print(dict.fromkeys("abc"), dict.fromkeys(range(3), []), dict.fromkeys([], 1))
f = dict.fromkeys("ab", [])
f["a"].append(1)
print(f)
print(dict(a=1, b=2), dict([("a", 1)], b=2), dict({"a": 1}, a=2), dict(zip("xy", (1, 2))))
g = {}
print(g.setdefault("k", []), g, g.setdefault("k", [1]), g.get("k"), g.get("z"), g.get("z", 0))
print(g.pop("k"), g.pop("k", "gone"), g)
h = {i: i * i for i in range(5)}
print(h.popitem(), h.popitem(), h)
h.update({10: 100}, extra=1)
h.update([(20, 400)])
print(h, len(h), 10 in h, 100 in h)
for src in ["{}.popitem()", "{}['x']", "{}.pop('x')", "dict([1, 2])", "dict([(1, 2, 3)])", "{[1]: 2}", "{1: 2} == {1: 2.0}",
            "{1: 2} == {True: 2}", "{1: 'a', True: 'b', 1.0: 'c'}", "{'a': 1} < {'a': 2}", "{'a': 1} | [1]", "dict(1)",
            "sorted({'a': 1}.keys() | ['b'])", "{1: 2}.items() | {(3, 4)}", "{'a': 1}.values() == {'a': 1}.values()", "len({}.keys())",
            "{0: 0, 0.0: 1, -0.0: 2}", "{(1, 2): 'tuple key'}[1, 2]", "dict.fromkeys('aa')", "list({'b': 1, 'a': 2})",
            "{**{'a': 1}, 'b': 2, **{'a': 3}}", "dict(**{'x': 1})", "{k: v for k, v in [('a', 1), ('a', 2)]}",
            "sorted({3: 'c', 1: 'a'}.items())", "min({'b': 1, 'a': 2})", "max({'b': 1, 'a': 2}, key={'b': 1, 'a': 2}.get)"]:
    check(src)

class Missing(dict):
    def __missing__(self, key):
        return f"<{key}>"
m = Missing(a=1)
print(m["a"], m["zz"], m.get("zz"), "zz" in m, m)

d2 = {"x": 1}
try:
    for k in d2:
        d2["y"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
d3 = {1: 1, 2: 2}
try:
    for k in d3:
        del d3[k]
except RuntimeError as e:
    print("RuntimeError:", e)
keys = d3.keys()
d3[5] = 5
print(keys, len(keys))
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = [1, 2]
print(nested, str(nested) == repr(nested))
rec = {}
rec["self"] = rec
print(rec)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inverse = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverse, dict(sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1])))
class Key:
    def __init__(self, n): self.n = n
    def __hash__(self): return 1
    def __eq__(self, other): return isinstance(other, Key) and self.n == other.n
    def __repr__(self): return f"Key({self.n})"
kd = {Key(1): "one", Key(2): "two"}
print(kd, kd[Key(2)], Key(3) in kd)
print(dict.__name__, type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__, type(iter({})).__name__)
