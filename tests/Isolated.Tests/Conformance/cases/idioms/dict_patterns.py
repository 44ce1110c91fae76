# Dictionary idioms: setdefault/get/pop defaults, merging, inverting, nested get, counting, grouping, sorting by value, views.
inventory = {"apples": 3, "pears": 0, "plums": 12}
print(inventory.get("kiwis", 0), inventory.setdefault("kiwis", 5), inventory.pop("pears"), inventory.pop("nope", None))
print(inventory, list(inventory.keys()), list(inventory.values()), list(inventory.items())[0])
defaults = {"color": "red", "size": 1, "tags": []}
override = {"size": 3, "extra": True}
print({**defaults, **override}, defaults | override, dict(defaults, size=9))
merged = dict(defaults)
merged |= override
print(merged)
inverted = {v: k for k, v in inventory.items()}
print(inverted, dict(zip(inventory.values(), inventory)))
config = {"db": {"host": "localhost", "ports": [5432, 5433]}, "debug": False}


def dig(d, *keys, default=None):
    for k in keys:
        try:
            d = d[k]
        except (KeyError, IndexError, TypeError):
            return default
    return d


print(dig(config, "db", "host"), dig(config, "db", "ports", 1), dig(config, "db", "user", default="?"), dig(config, "debug", "x"))
words = "one two three two three three".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True), max(counts.items(), key=lambda kv: kv[1]))
by_len = {}
for w in words:
    by_len.setdefault(len(w), set()).add(w)
print({k: sorted(v) for k, v in sorted(by_len.items())})
ks = inventory.keys()
its = inventory.items()
inventory["figs"] = 7
print(len(ks), "figs" in ks, ("figs", 7) in its, ks & {"figs", "zzz"}, sorted(ks - {"apples"}), ks == set(inventory))
d = dict.fromkeys(range(5), 0)
for k in list(d):
    if k % 2:
        del d[k]
print(d)
try:
    for k in d:
        d[k + 10] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
ordered = {}
for k in "zebra apple mango".split():
    ordered[k] = len(k)
ordered["apple"] = 0
print(list(ordered), next(iter(ordered)), next(reversed(ordered)), ordered.popitem())
nested = {"a": {"b": {"c": 1}}}
flat = {}


def flatten(d, prefix=""):
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            flatten(v, key)
        else:
            flat[key] = v


flatten({"x": 1, "y": {"z": 2, "w": {"q": 3}}})
print(flat)
print(dict(sorted({"b": 2, "a": 3, "c": 1}.items(), key=lambda kv: kv[1])), dict([("k", 1), ("k", 2)]))
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): "tuple key"}[(1, 2)], {frozenset({1}): 1})
print(dict(a=1) == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"b": 1, "a": 2}))
copy = inventory.copy()
copy.clear()
print(copy, len(inventory), sorted(inventory.items()))
