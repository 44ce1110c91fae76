from dataclasses import dataclass

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
        case Rect(corner=Point(x, y), w=w, h=h):
            return f"rect {w}x{h} at {x},{y}"
        case [first, *rest]:
            return f"list starting {first!r} with {len(rest)} more"
        case {"type": "point", "x": x, **others}:
            return f"point dict x={x} others={others}"
        case str() as s if s:
            return f"string {s!r}"
        case int(n) | float(n):
            return f"number {n}"
        case None:
            return "nothing"
        case _:
            return f"unknown {type(shape).__name__}"

for s in [Circle(Point(0, 0), 1), Circle(Point(1, 2), 11), Circle(Point(1, 2), 3), Rect(Point(0, 0), 2, 2),
          Rect(Point(1, 1), 2, 3), [1, 2, 3], ["a"], {"type": "point", "x": 1, "y": 2}, "hi", "", 5, 2.5, None, (), {}]:
    print(describe(s))

def http(status):
    match status:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302 as code:
            return f"redirect {code}"
        case 404:
            return "not found"
        case n if 500 <= n < 600:
            return "server error"
        case _:
            return "other"

print([http(s) for s in (200, 204, 302, 404, 503, 418)])
def cmd(command):
    match command.split():
        case ["go", ("north" | "south") as d]:
            return f"going {d}"
        case ["take", item, *more]:
            return f"take {item} +{more}"
        case []:
            return "empty"
        case _:
            return "?"
print([cmd(c) for c in ("go north", "go west", "take a b c", "", "jump")])
