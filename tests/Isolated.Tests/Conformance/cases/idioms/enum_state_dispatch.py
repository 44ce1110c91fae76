# Enums driving behaviour: method dispatch tables keyed by enum, Flag permissions checks, enum in dataclasses and match.
from enum import Enum, Flag, auto, IntEnum
from dataclasses import dataclass, field


class Op(Enum):
    ADD = "+"
    SUB = "-"
    MUL = "*"
    DIV = "/"

    def apply(self, a, b):
        return DISPATCH[self](a, b)

    @classmethod
    def parse(cls, sym):
        try:
            return cls(sym)
        except ValueError:
            raise ValueError(f"unknown operator {sym!r}") from None


DISPATCH = {Op.ADD: lambda a, b: a + b, Op.SUB: lambda a, b: a - b, Op.MUL: lambda a, b: a * b, Op.DIV: lambda a, b: a / b}
print([Op.parse(s).apply(12, 4) for s in "+-*/"], Op.MUL.name, Op("+"))
try:
    Op.parse("^")
except ValueError as e:
    print("ValueError:", e)


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC


def describe(p):
    return "".join(ch if flag in p else "-" for ch, flag in zip("rwx", (Perm.READ, Perm.WRITE, Perm.EXEC)))


for p in [Perm.NONE, Perm.READ, Perm.READ | Perm.EXEC, Perm.ALL, Perm.ALL & ~Perm.WRITE]:
    print(describe(p), p, bool(p), p.value)


class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    ERROR = 40


@dataclass(order=True)
class Event:
    level: Level
    msg: str = field(compare=False)


events = [Event(Level.ERROR, "disk full"), Event(Level.DEBUG, "tick"), Event(Level.INFO, "started")]
for e in sorted(events, reverse=True):
    match e:
        case Event(level=Level.ERROR, msg=m):
            print("!!", m)
        case Event(level=lvl, msg=m) if lvl >= Level.INFO:
            print("..", m, lvl.name)
        case _:
            print("  (debug)", e.msg)
print([l.name for l in Level if l > 15], Level(20), Level.INFO + 5, max(events).msg, Level["ERROR"].value)


class Color(Enum):
    RED = auto()
    GREEN = auto()

    def __str__(self):
        return self.name.title()

    @property
    def hex(self):
        return {Color.RED: "#f00", Color.GREEN: "#0f0"}[self]


print(str(Color.RED), f"{Color.GREEN}", Color.RED.hex, [c.hex for c in Color], Color.RED == Color.RED, Color.RED is Color(1))
