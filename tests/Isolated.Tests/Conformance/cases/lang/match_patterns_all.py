# match statement: every pattern kind.
from dataclasses import dataclass
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

@dataclass
class Point:
    x: int
    y: int

class Vec:
    __match_args__ = ("dx", "dy")
    def __init__(self, dx, dy):
        self.dx, self.dy = dx, dy
    def __repr__(self):
        return f"Vec({self.dx}, {self.dy})"

LIMIT = 10
def classify(subject):
    match subject:
        case None:
            return "None"
        case True:
            return "True literal"
        case 0 | 1 | 2:
            return f"small int {subject}"
        case -5:
            return "minus five"
        case 1.5 | 2j:
            return "float/complex literal"
        case "hello" "world":
            return "concat literal"
        case b"raw":
            return "bytes literal"
        case Color.RED:
            return "value pattern red"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, yy) if xx == yy:
            return f"diagonal {xx}"
        case Point():
            return "some point"
        case Vec(0, dy):
            return f"vertical vec {dy}"
        case Vec(dx=dx, dy=0):
            return f"horizontal vec {dx}"
        case int(n) if n > LIMIT:
            return f"big int {n}"
        case str() as s if len(s) > 3:
            return f"long str {s!r}"
        case [] | ():
            return "empty sequence"
        case [x]:
            return f"one element {x}"
        case [1, *rest]:
            return f"starts with 1, rest={rest}"
        case [x, y, *_, z]:
            return f"first two {x},{y} last {z}"
        case (a, b):
            return f"pair {a} {b}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={sorted(extra)}"
        case {"type": _}:
            return "typed mapping"
        case {}:
            return "any mapping"
        case [Point(x=px), *_] :
            return f"list starting with point x={px}"
        case _:
            return f"fallback {type(subject).__name__}"

cases = [None, True, False, 0, 2, -5, 1.5, 2j, "helloworld", b"raw", Color.RED, Color.GREEN,
         Point(0, 0), Point(0, 4), Point(3, 3), Point(1, 2), Vec(0, 5), Vec(4, 0), Vec(1, 1),
         11, 7, "abcd", "ab", [], (), [9], [1, 2, 3], [5, 6, 7, 8], (5, 6), "xy",
         {"type": "user", "name": "ann", "age": 3, "id": 1}, {"type": 5}, {"k": 1},
         [Point(7, 8), 1, 2], {1, 2}, 3.5]
for c in cases:
    print(repr(c), "->", classify(c))

def nested(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as direction]:
            return f"going {direction}"
        case ["take", obj, *more] if more:
            return f"take {obj} and {more}"
        case ["take", obj]:
            return f"take {obj}"
        case ["quit" | "exit"]:
            return "bye"
        case [cmd_name, *_]:
            return f"unknown {cmd_name}"
        case _:
            return "empty"
for c in ["go north", "go west", "take lamp", "take lamp key", "exit", "dance now", ""]:
    print(repr(c), nested(c))

match (1, [2, {"k": (3, 4)}]):
    case (a, [b, {"k": (c, d)}]):
        print("deep", a, b, c, d)
match 42:
    case x:
        print("capture binds", x)
match {"a": 1}:
    case {"a": 1, **rest}:
        print("rest empty", rest)
