d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.setdefault("e", 5), d.pop("b"), d)
d.update({"a": 10}, f=6)
print(d, len(d), "a" in d, "zz" not in d)
print(dict(zip("xy", (1, 2))), dict.fromkeys("ab", 0), {**d, "g": 7})
del d["a"]
print(d, sorted(d.items(), key=lambda kv: -kv[1]))
print({1: "int", 1.0: "float", True: "bool"})
print(d | {"z": 0}, {k: v for k, v in d.items() if v > 5})
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
class Default(dict):
    def __missing__(self, k):
        return k * 2
print(Default()["ab"])
