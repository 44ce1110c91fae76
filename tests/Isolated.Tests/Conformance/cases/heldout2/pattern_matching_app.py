# Structural pattern matching in an event handler: class, mapping, sequence, OR, guards, captures.
from dataclasses import dataclass
from enum import Enum

class Kind(Enum):
    KEY = "key"
    MOUSE = "mouse"

@dataclass
class Click:
    x: int
    y: int
    button: str = "left"

@dataclass
class Key:
    name: str
    mods: tuple = ()

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def handle(event):
    match event:
        case Click(x, y) if x < 0 or y < 0:
            return f"click outside ({x}, {y})"
        case Click(x=0, y=0, button=b):
            return f"origin click with {b}"
        case Click(x, y, button="right"):
            return f"context menu at {x},{y}"
        case Click():
            return f"click at {event.x},{event.y}"
        case Key("q" | "Q", mods=()) | Key("w", mods=("ctrl",)):
            return "quit"
        case Key(name, mods) if "shift" in mods:
            return f"shift+{name}"
        case Key(name=str(n)) if len(n) == 1:
            return f"type {n!r}"
        case {"type": "resize", "size": (w, h)} if w * h > 0:
            return f"resize to {w}x{h}"
        case {"type": "scroll", "delta": int(d), **rest}:
            return f"scroll {d:+d} extra={sorted(rest)}"
        case [Point(0, 0), *others]:
            return f"path from origin with {len(others)} more"
        case [first, second, *_, last]:
            return f"long seq {first}..{last}"
        case [x] | (x,):
            return f"single {x}"
        case []:
            return "empty"
        case str() as s if s.startswith("!"):
            return f"command {s[1:]}"
        case Kind.KEY:
            return "kind key"
        case int(n) | float(n) if n > 100:
            return f"big number {n}"
        case None:
            return "nothing"
        case _:
            return f"unhandled {type(event).__name__}"

events = [Click(-1, 5), Click(0, 0, "middle"), Click(3, 4, "right"), Click(7, 8), Key("q"), Key("w", ("ctrl",)),
          Key("a", ("shift",)), Key("z"), Key("F1"), {"type": "resize", "size": (800, 600)}, {"type": "resize", "size": (0, 5)},
          {"type": "scroll", "delta": -3, "fast": True, "at": 1}, [Point(0, 0), Point(1, 1), Point(2, 2)],
          [1, 2, 3, 4], [9], (9,), [], "!save", "plain", Kind.KEY, Kind.MOUSE, 101, 100.5, 5, None, {1, 2}]
for e in events:
    print(handle(e))
match {"a": 1, "b": 2}:
    case {"a": 1}:
        print("mapping patterns ignore extra keys")
match (1, [2, 3]):
    case (a, [b, c]) as whole:
        print(a, b, c, whole)
match 3:
    case 1 | 2:
        print("small")
    case n:
        print("bound", n)
