import json
from collections import OrderedDict
from decimal import Decimal

print(json.loads('{"a": [1, 2.5, true, false, null], "b": "x\\u00e9\\n"}'))
print(json.loads('[1e3, -0, 1E-2, 123456789012345678901234567890]'))
print(json.loads('"\\ud83d\\ude00"') == "\U0001F600")
print(json.loads("  [ ]  "), json.loads("{}"), json.loads("3"), json.loads('"s"'))
print(json.loads(b'{"bytes": 1}'))
print(json.loads('{"x": 1.5}', parse_float=Decimal))
print(json.loads('{"x": 15}', parse_int=lambda s: int(s) * 2))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('[NaN]', parse_constant=lambda c: "const:" + c))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('{"re": 1, "im": 2}', object_hook=lambda d: complex(d["re"], d["im"])))

bad = [
    '{"a": 1,}',
    '[1, 2',
    '{"a" 1}',
    '',
    '   ',
    '{"a": 1} extra',
    "{'a': 1}",
    '[1, 2,]',
    '"unterminated',
    '"bad \\x escape"',
    '{"a": tru}',
    '[1,\n 2,\n oops]',
    '"ctrl \x01 char"',
    '01',
    '{"a": 1, "b": }',
]
for text in bad:
    try:
        json.loads(text)
        print("no error for", repr(text))
    except json.JSONDecodeError as e:
        print(f"{text!r:22} -> {e.msg} | line {e.lineno} col {e.colno} pos {e.pos}")
        assert isinstance(e, ValueError)

try:
    json.loads('[1, 2')
except ValueError as e:
    print(str(e))

dec = json.JSONDecoder()
obj, end = dec.raw_decode('{"a": 1} trailing text')
print(obj, end)
print(json.loads('"ctrl \x01"', strict=False) == "ctrl \x01")
try:
    json.loads(123)
except TypeError as e:
    print("TypeError:", e)

doc = """
{
  "users": [
    {"name": "ann", "age": 31, "roles": ["admin", "dev"]},
    {"name": "bob", "age": 25, "roles": []}
  ],
  "total": 2
}
"""
d = json.loads(doc)
for u in d["users"]:
    print(u["name"], u["age"], ",".join(u["roles"]) or "-")
print(json.loads(json.dumps(d)) == d)
import io
buf = io.StringIO()
json.dump(d, buf, sort_keys=True)
buf.seek(0)
print(json.load(buf) == d)
