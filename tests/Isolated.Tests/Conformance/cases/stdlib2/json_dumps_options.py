import json
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

data = {"name": "Widget", "tags": ["a", "b"], "price": 9.99, "count": 3, "ok": True,
        "none": None, "nested": {"z": 1, "a": [1, 2, {"k": "v"}]}, "unicode": "caf\u00e9 \u2603"}

print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t", sort_keys=True)[:60].replace("\t", "<TAB>"))
print(json.dumps(data, separators=(",", ":"), sort_keys=True))
print(json.dumps(data, ensure_ascii=False, sort_keys=True))
print(json.dumps([1, [2, [3, []]], {}], indent=4))

def default(o):
    if isinstance(o, (date, datetime)):
        return o.isoformat()
    if isinstance(o, Decimal):
        return str(o)
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")

print(json.dumps({"when": date(2024, 2, 29), "amount": Decimal("12.50"), "ids": {3, 1, 2}}, default=default))
try:
    json.dumps({"f": Fraction(1, 3)}, default=default)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"f": object})
except TypeError as e:
    print("TypeError:", e)

# keys are coerced
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
try:
    json.dumps({(1, 2): "tuple"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "tuple", "x": 1}, skipkeys=True))

# special floats
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)

# circular
lst = [1]
lst.append(lst)
try:
    json.dumps(lst)
except ValueError as e:
    print("ValueError:", e)

class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return super().default(o)

print(json.dumps([1 + 2j, 3j], cls=Encoder))
print(Encoder(indent=1).encode({"c": 1j}))
print(list(json.JSONEncoder().iterencode({"a": [1, 2]})))
print(json.dumps("quote\" backslash\\ newline\n tab\t ctrl\x01"))
print(json.dumps(10**30), json.dumps(1e300), json.dumps(0.1), json.dumps(-0.0))

class MyInt(int):
    pass

class MyStr(str):
    pass

print(json.dumps({MyStr("k"): MyInt(5)}))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps(""))
