import json
from collections import OrderedDict

raw = """
{
  "name": "demo",
  "version": 3,
  "debug": false,
  "ratio": 0.75,
  "tags": ["a", "b", "ünïcode", "emoji 😀"],
  "nested": {"level": 2, "items": [1, 2.5, null, true], "empty": {}},
  "big": 123456789012345678901234567890,
  "exp": 1e-7
}
"""
cfg = json.loads(raw)
print(cfg["name"], cfg["version"], cfg["debug"], cfg["nested"]["items"], type(cfg["big"]).__name__, cfg["exp"])
print(json.dumps(cfg, sort_keys=True))
print(json.dumps(cfg, indent=2, ensure_ascii=False)[:200])
print(json.dumps(cfg["tags"]), json.dumps(cfg["tags"], ensure_ascii=False))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")), json.dumps([1, 2], indent=0))
print(json.dumps({3: "int key", 1.5: "float", True: "bool", None: "none"}))
print(json.dumps("quote\" backslash\\ newline\n tab\t ctrl\x01"), json.dumps(float("inf")), json.dumps(-0.0), json.dumps(1e100))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"s": {1, 2}}, default=sorted))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        return super().default(o)
s = json.dumps([Point(1, 2), {"p": Point(3, 4)}], cls=Enc)
print(s)
def hook(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d
back = json.loads(s, object_hook=hook)
print([(p.x, p.y) if isinstance(p, Point) else {k: (v.x, v.y) for k, v in p.items()} for p in back])
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads("[1.0, 2.50, 1e3]", parse_float=str), json.loads("[10, 20]", parse_int=lambda s: int(s) * 2))
for bad in ['{"a": 1,}', "[1 2]", '{"a" 1}', "", "tru", '"unterminated', "{'single': 1}", "[1, 2]extra", "NaN x"]:
    try:
        json.loads(bad)
        print(repr(bad), "parsed")
    except json.JSONDecodeError as e:
        print(f"{bad!r:16} -> {e.msg} (line {e.lineno} col {e.colno} pos {e.pos})")
print(json.loads("NaN"), json.loads("-Infinity"), json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads(" [ ] "), json.loads("null"))
data = {"users": [{"id": i, "name": f"user{i}", "active": i % 2 == 0} for i in range(4)]}
active = [u["name"] for u in data["users"] if u["active"]]
print(active, json.dumps(data)[:60], len(json.dumps(data, indent=4).splitlines()))
print(json.dumps({"z": 1, "a": {"y": 2, "b": 3}}, sort_keys=True, indent="\t"))
