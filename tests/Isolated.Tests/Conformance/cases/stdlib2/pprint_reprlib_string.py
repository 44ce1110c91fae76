import pprint
import reprlib
import string

data = {
    "name": "example",
    "numbers": list(range(30)),
    "nested": {"deep": {"deeper": {"deepest": [1, 2, {"x": "y" * 30}]}}},
    "tuple": (1, "two", 3.0),
    "set": {3, 1, 2},
    "empty": [],
    "text": "a fairly long string that will need to be wrapped when the width is small enough",
}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data, compact=True, width=60, sort_dicts=False)
print(pprint.pformat([list(range(5))] * 3, width=20))
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
print(pprint.saferepr([1, [2, [3]]]), pprint.isreadable({"a": 1}), pprint.isrecursive([1]))
rec = [1, 2]
rec.append(rec)
print(pprint.pformat(rec).split(" with id")[0], pprint.isrecursive(rec), pprint.isreadable(rec))
pp = pprint.PrettyPrinter(indent=4, width=30)
pp.pprint({"key%d" % i: i * 1.5 for i in range(5)})
from dataclasses import dataclass
@dataclass
class Row:
    id: int
    tags: list
pprint.pprint([Row(1, ["a" * 20, "b" * 20]), Row(2, [])], width=50)
pprint.pp({"z": 1, "a": {"nested": True}}, width=20)
print(pprint.pformat("x" * 100, width=30))
print(pprint.pformat(b"bytes" * 20, width=40))

r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 15
print(r.repr(list(range(100))), r.repr("a" * 100), reprlib.repr(set(range(50))), reprlib.repr({i: i for i in range(20)}))
print(reprlib.repr("x" * 1000), reprlib.repr(tuple(range(10))), reprlib.repr([[[[[1]]]]]), reprlib.repr(10 ** 100))
class Tree:
    def __init__(self):
        self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Tree({self.children})"
print(Tree())
print(reprlib.Repr(maxlevel=1, maxdict=2).repr({"a": [1, 2], "b": 2, "c": 3}))

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, len(string.printable), string.ascii_uppercase[:5], string.capwords("hello   wORLD  foo"))
t = string.Template("$who likes ${what}s; $$5 cost")
print(t.substitute(who="Tim", what="apple"), t.safe_substitute(who="Ann"), t.get_identifiers(), t.is_valid())
for bad in [dict(), dict(who="x")]:
    try:
        t.substitute(bad)
    except KeyError as e:
        print("KeyError:", e)
try:
    string.Template("$ bad").substitute()
except ValueError as e:
    print("ValueError:", e)
class Pct(string.Template):
    delimiter = "%"
print(Pct("%name is %{age}y").substitute(name="Bo", age=3))
f = string.Formatter()
print(f.format("{0} + {x} = {1:>5}", 1, 2, x="y"), list(f.parse("a{0}b{name!r:>3}c")))
class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        return str(value).upper() if conversion == "u" else super().convert_field(value, conversion)
print(Upper().format("{0!u} {1!r}", "loud", "q"))
print("{:*^20}".format("center"), "{:+08.3f}".format(3.14159), "{:#x} {:#o} {:#b}".format(255, 8, 5), "{:,}".format(1234567), "{:_}".format(10**6))
print("{0[1]} {1[key]} {2.real}".format([1, 2], {"key": "v"}, 3 + 4j), "{!a}".format("é"), "%s %r %5.1f %-4d| %c %x %%" % ("s", "r", 2.25, 7, 65, 255))
print(format(0.5, ".0%"), format(1e-7, "g"), format(12345.678, "e"), format(float("nan"), "f"), format(-0.0, "+.1f"), format(42, "c"))
