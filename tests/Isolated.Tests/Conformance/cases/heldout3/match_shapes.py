from dataclasses import dataclass
import math


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Circle:
    center: Point
    r: float


@dataclass
class Rect:
    corner: Point
    w: float
    h: float


def describe(shape):
    match shape:
        case Circle(center=Point(x=0, y=0), r=r):
            return f"circle at origin r={r}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at ({x}, {y})"
        case Circle():
            return "small circle"
        case Rect(w=w, h=h) if w == h:
            return f"square {w}"
        case Rect(Point(x, y), w, h):
            return f"rect {w}x{h} at {x},{y}"
        case [Point() as a, Point() as b]:
            return f"segment length {math.dist((a.x, a.y), (b.x, b.y)):.3f}"
        case [Point(), *rest] if len(rest) >= 2:
            return f"polygon with {len(rest) + 1} points"
        case {"type": "circle", "r": r, **extra}:
            return f"dict circle r={r} extra={sorted(extra)}"
        case {"type": str(t)}:
            return f"dict of type {t}"
        case int() | float() as n if n < 0:
            return "negative number"
        case 0 | 0.0:
            return "zero"
        case str() as s:
            return f"string {s!r}"
        case None:
            return "nothing"
        case _:
            return f"unknown {type(shape).__name__}"


tests = [
    Circle(Point(0, 0), 2), Circle(Point(1, 2), 11), Circle(Point(1, 2), 3),
    Rect(Point(0, 0), 4, 4), Rect(Point(1, 1), 2, 5),
    [Point(0, 0), Point(3, 4)], [Point(0, 0), Point(1, 0), Point(1, 1)],
    {"type": "circle", "r": 5, "color": "red", "z": 1}, {"type": "hexagon"},
    -3, -2.5, 0, 0.0, "hello", None, (1, 2), {1, 2},
]
for t in tests:
    print(describe(t))


def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case []:
            return "empty"


for c in ["go north", "go up", "take lamp key", "take", "quit", "", "dance wildly"]:
    print(repr(c), "->", command(c))
