from dataclasses import dataclass

@dataclass
class Point:
    x: float
    y: float

@dataclass
class Circle:
    center: Point
    radius: float

@dataclass
class Rect:
    corner: Point
    w: float
    h: float

class Color:
    RED = "red"
    GREEN = "green"

def describe(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case Circle(center=Point(x=x, y=y), radius=r) if r > 10:
            return f"big circle at ({x}, {y})"
        case Circle(c, r):
            return f"circle {c} {r}"
        case Rect(_, w, h) if w == h:
            return f"square side {w}"
        case Rect(Point(x, y), w, h):
            return f"rect {w}x{h} at {x},{y}"
        case [Point() as p, *others]:
            return f"polyline from {p} with {len(others)} more"
        case _:
            return "unknown"

for s in [Circle(Point(0, 0), 2), Circle(Point(1, 1), 20), Circle(Point(1, 2), 3), Rect(Point(0, 0), 4, 4),
          Rect(Point(1, 1), 2, 3), [Point(0, 0), Point(1, 1), Point(2, 2)], "nope", []]:
    print(describe(s))

def handle(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", other]:
            return f"can't go {other}"
        case ["take", *items] if items:
            return "taking " + " and ".join(items)
        case ["look"] | ["l"]:
            return "looking around"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [verb, *_]:
            return f"unknown verb {verb!r}"

for c in ["go north", "go up", "take lamp key", "take", "look", "l", "exit", "", "dance wildly"]:
    print(f"{c!r:16} -> {handle(c)}")

def event(e):
    match e:
        case {"type": "click", "pos": (x, y), **rest}:
            return f"click at {x},{y} extra={sorted(rest)}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"type": "key", "key": k}:
            return f"special key {k}"
        case {"type": t}:
            return f"other event {t}"
        case {}:
            return "no type"
    return "not a mapping"

for e in [{"type": "click", "pos": (3, 4)}, {"type": "click", "pos": [5, 6], "button": 2, "mod": None},
          {"type": "key", "key": "a"}, {"type": "key", "key": "Enter"}, {"type": "scroll"}, {"x": 1}, [1, 2]]:
    print(event(e))

def classify(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 0 | 0.0:
            return "zero"
        case int(n) if n < 0:
            return "negative int"
        case int() | float() as num:
            return f"number {num}"
        case str() as s if not s:
            return "empty string"
        case str(s):
            return f"string of {len(s)}"
        case (a, b):
            return f"pair {a},{b}"
        case (a, b, *rest):
            return f"tuple-ish starting {a},{b} + {rest}"
        case {"k": _}:
            return "has k"
        case Color.RED:
            return "is red"
        case _:
            return f"other {type(v).__name__}"

for v in [None, True, False, 0, 0.0, -3, 7, 2.5, "", "abc", (1, 2), [1, 2, 3, 4], {"k": 1}, {1, 2}, b"xy", range(2)]:
    print(repr(v), "->", classify(v))

def calc(tokens):
    stack = []
    for t in tokens:
        match t:
            case int() | float():
                stack.append(t)
            case "+" | "-" | "*" | "/" as op:
                b, a = stack.pop(), stack.pop()
                match op:
                    case "+": stack.append(a + b)
                    case "-": stack.append(a - b)
                    case "*": stack.append(a * b)
                    case "/": stack.append(a / b)
            case "dup":
                stack.append(stack[-1])
            case unknown:
                raise ValueError(f"bad token {unknown!r}")
    return stack
print(calc([3, 4, "+", 2, "*", "dup", "*"]), calc([1, 2, "/"]))
try:
    calc([1, "?"])
except ValueError as e:
    print(e)
match (1, [2, {"a": (3, 4)}]):
    case (1, [_, {"a": (_, last)}]):
        print("deep", last)
from enum import Enum
class Op(Enum):
    ADD = "+"
    SUB = "-"
def apply(op, a, b):
    match op:
        case Op.ADD:
            return a + b
        case Op.SUB:
            return a - b
print(apply(Op.ADD, 2, 3), apply(Op.SUB, 2, 3), apply(Op("+"), 1, 1))
