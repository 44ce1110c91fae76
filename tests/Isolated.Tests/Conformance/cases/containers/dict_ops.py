# dict: construction, ordering, deletion and reinsertion, views, errors
d = {"b": 1, "a": 2}
d["c"] = 3
del d["b"]
d["b"] = 4
print(d, list(d), list(d.values()), list(d.items()))
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, z=0), dict(zip("abc", range(3))))
for bad in ([("a", 1, 2)], [1], 1):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e.args[0]))
print(d.get("a"), d.get("zz"), d.get("zz", 0), d.setdefault("n", []), d)
print(d.pop("n"), d.pop("nope", "dflt"))
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
e = dict.fromkeys(range(5), "v")
for k in range(0, 5, 2):
    del e[k]
e[0] = "again"
print(e, len(e), 3 in e, 2 in e)
ks = {"a": 1, "b": 2}.keys()
print(ks & {"a", "z"}, sorted(ks | {"c"}), ks - {"a"}, ks == {"a", "b"}, "a" in ks)
print({"a": 1}.items() <= {("a", 1), ("b", 2)}, list(reversed({"x": 1, "y": 2})))
print({1: 2} | {3: 4}, {1: 2} == {1: 2}, {1: 2} != {1: 3})
u = {1: "a"}
u |= [(2, "b")]
u.update({3: "c"}, four=4)
print(u)
try:
    for k in u:
        u[k * 10] = 0
except RuntimeError as e:
    print(e)
r = {}
r["self"] = r
print(r)
print({1: 1, 1.0: 2, True: 3})
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), sum(big.values()), list(big)[:5])
print(dict[str, int], {}.__class__.__name__)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter(a=1)
print(c["a"], c["b"], c, type(c).__name__, isinstance(c, dict))
class Tracked(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
t = Tracked()
t["x"] = 5
print(t)
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
