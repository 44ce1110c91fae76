# Enums as a library exposes them: Enum, IntEnum, StrEnum, Flag, auto, _missing_, unique, members with methods.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    @property
    def hex(self):
        return {"RED": "#f00", "GREEN": "#0f0", "BLUE": "#00f"}[self.name]

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name == value.upper():
                    return m
        return None


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
    ALL = R | W | X


class HttpStatus(IntEnum):
    OK = 200
    NOT_FOUND = 404
    SERVER_ERROR = 500

    def is_error(self):
        return self >= 400


class Level(StrEnum):
    DEBUG = auto()
    INFO = auto()
    ERROR = "err"


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(list(Color), Color.CRIMSON is Color.RED, Color(2), Color("blue"), Color["GREEN"].hex)
print(Color.__members__.keys(), repr(Color.RED), str(Color.RED), Color.RED.value, f"{Color.RED}")
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
p = Perm.R | Perm.X
print(p, repr(p), Perm.W in p, Perm.R in p, list(p), p.value, ~p, Perm.RW, Perm(7) is Perm.ALL, bool(Perm(0)))
print(Perm.ALL & ~Perm.W, [m.name for m in Perm], len(Perm))
print(HttpStatus.NOT_FOUND.is_error(), HttpStatus(200), HttpStatus.OK + 1, sorted([HttpStatus.SERVER_ERROR, HttpStatus.OK]), HttpStatus.OK == 200)
print(f"{HttpStatus.NOT_FOUND}", str(HttpStatus.OK), format(HttpStatus.OK, "d"), HttpStatus.OK.name)
print(list(Level), Level.INFO == "info", Level.ERROR.upper(), f"[{Level.DEBUG}]", Level("err"))
for pl in Planet:
    print(pl.name, pl.value[0], round(pl.gravity, 2))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
class Mode(IntFlag):
    A = 1
    B = 2
print(Mode.A | Mode.B, Mode(3), Mode.A | 4, int(Mode.B | Mode.A))
class Ordered(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2
    FOO = auto()
    BAR = auto()
print([o.value for o in Ordered])
match HttpStatus(404):
    case HttpStatus.OK:
        print("ok")
    case HttpStatus.NOT_FOUND:
        print("not found via match")
print(isinstance(Color.RED, Color), type(Color.RED).__name__, Color.RED.__class__.__mro__[1].__name__, enum.EnumType.__name__)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
print(hash(Color.RED) == hash(Color.RED), {Color.RED: 1}[Color.CRIMSON], Color.RED < Color.BLUE if False else "no order")
