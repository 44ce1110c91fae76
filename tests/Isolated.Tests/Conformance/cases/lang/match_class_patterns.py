# Class patterns in depth: __match_args__, keyword patterns, builtin self-matching types, errors.
from dataclasses import dataclass
from collections import namedtuple

@dataclass
class Circle:
    r: float
@dataclass
class Rect:
    w: float
    h: float
Pt = namedtuple("Pt", "x y")

class Custom:
    __match_args__ = ("a", "b")
    def __init__(self, a, b, c=None):
        self.a, self.b, self.c = a, b, c
    def __repr__(self):
        return f"Custom({self.a!r}, {self.b!r}, {self.c!r})"

def area(shape):
    match shape:
        case Circle(r=0) | Rect(w=0) | Rect(h=0):
            return "degenerate"
        case Circle(r):
            return round(3.14159 * r * r, 2)
        case Rect(w, h) if w == h:
            return f"square {w * h}"
        case Rect(w=w, h=h):
            return w * h
        case Pt(0, 0):
            return "origin point"
        case Pt(x=x, y=0):
            return f"on x axis {x}"
        case Custom(1, b, c=None):
            return f"custom a=1 b={b}"
        case Custom(a, b, c=c):
            return f"custom {a} {b} {c}"
        case _:
            return "unknown"
for s in [Circle(0), Circle(2), Rect(3, 3), Rect(2, 5), Rect(0, 1), Pt(0, 0), Pt(5, 0), Pt(1, 1),
          Custom(1, 2), Custom(1, 2, 3), Custom("x", "y", "z"), "str"]:
    print(s, "->", area(s))
def builtin_kinds(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s) if not s:
            return "empty str"
        case str(s):
            return f"str {s}"
        case bytes(bs):
            return f"bytes {bs!r}"
        case list([first, *_]):
            return f"list starting {first}"
        case tuple((a, b)):
            return f"2-tuple {a},{b}"
        case dict({"k": kv}):
            return f"dict with k={kv}"
        case set() | frozenset():
            return f"a set of {len(v)}"
        case None:
            return "None"
        case _:
            return f"other {type(v).__name__}"
for v in [True, 3, 2.5, "", "hi", b"b", [9, 8], [], (1, 2), (1, 2, 3), {"k": 0}, {1}, frozenset(), None, 1j]:
    print(repr(v), "->", builtin_kinds(v))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
class BadMatchArgs:
    __match_args__ = ["a"]
try:
    match BadMatchArgs():
        case BadMatchArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
not_a_class = 3
try:
    match 5:
        case not_a_class():
            pass
except TypeError as e:
    print("TypeError:", e)
class Dup:
    __match_args__ = ("a",)
    a = 1
try:
    match Dup():
        case Dup(1, a=1):
            pass
except TypeError as e:
    print("TypeError:", e)
class Prop:
    @property
    def computed(self):
        print("  property evaluated")
        return 10
match Prop():
    case Prop(computed=10):
        print("matched property")
class Missing:
    pass
match Missing():
    case Missing(attr=1):
        print("no")
    case Missing():
        print("missing attribute just fails the pattern")
import enum
class Op(enum.Enum):
    ADD = "+"
    SUB = "-"
def calc(op, a, b):
    match op:
        case Op.ADD: return a + b
        case Op.SUB: return a - b
print(calc(Op.ADD, 2, 3), calc(Op.SUB, 2, 3), calc(Op("-"), 10, 1))
