# JSON round-trips with custom encoders/decoders, dataclasses and pretty printing.
import json
from dataclasses import dataclass, asdict, field
from datetime import date
from decimal import Decimal
from fractions import Fraction


@dataclass
class Item:
    name: str
    price: Decimal
    tags: list = field(default_factory=list)


@dataclass
class Order:
    id: int
    when: date
    items: list
    notes: dict = field(default_factory=dict)


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return {"__decimal__": str(o)}
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, Fraction):
            return [o.numerator, o.denominator]
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


def hook(d):
    if "__decimal__" in d:
        return Decimal(d["__decimal__"])
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    return d


order = Order(17, date(2024, 2, 29),
              [Item("pen", Decimal("1.25"), ["office"]), Item("ink", Decimal("7.10"))],
              {"gift": True, "ratio": Fraction(3, 4), "codes": {3, 1, 2}})
text = json.dumps(asdict(order), cls=Encoder, sort_keys=True)
print(text)
back = json.loads(text, object_hook=hook)
print(back["when"], type(back["when"]).__name__, back["items"][0]["price"] + 1)
print(json.dumps(asdict(order), cls=Encoder, indent=2, sort_keys=True))
print(json.dumps({"a": [1, 2, {"b": None}], "c": "é\n\"q\""}))
print(json.dumps({"a": [1, 2, {"b": None}], "c": "é"}, ensure_ascii=False, separators=(",", ":")))
print(json.loads('{"x": 1.5e3, "y": [true, false, null], "z": "\\u00e9\\ud83d\\ude00"}'))
print(json.loads("[1, 2.0, 3e2]", parse_float=Decimal, parse_int=str))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
for bad in ['{"a": 1,}', "[1, 2", "nul", '{"a" 1}', '"abc']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("error:", e.msg, e.pos, e.lineno, e.colno)
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"k": float("nan")}, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps(float("inf")), json.dumps([float("-inf")]))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
print(json.dumps("x" * 3, indent=4), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps([[1, [2, []]], {"k": {}}], indent="\t"))
