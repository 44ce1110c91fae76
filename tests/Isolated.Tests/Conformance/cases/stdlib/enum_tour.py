# enum: Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique, aliases, functional API, members.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias

    def describe(self):
        return f"{self.name.lower()}={self.value}"

    @classmethod
    def default(cls):
        return cls.GREEN


class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


class Mode(IntFlag):
    A = 1
    B = 2
    C = 4


class Method(StrEnum):
    GET = auto()
    POST = auto()


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Color.RED, repr(Color.RED), Color(1), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), [m for m in Color.__members__])
print(Color.RED.describe(), Color.default(), Color.RED in Color, isinstance(Color.RED, Color))
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, int(Priority.HIGH), sorted([Priority.HIGH, Priority.LOW]))
print(repr(Priority.LOW), str(Priority.LOW), f"{Priority.LOW}", format(Priority.LOW, "03d"))
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw is Perm.RW, ~Perm.R, bool(Perm(0)), list(Perm.RW))
print(Mode.A | Mode.C, repr(Mode.A | Mode.C), Mode.A | 8, int(Mode.B | Mode.C), Mode(3))
print(Method.GET, repr(Method.POST), Method.GET == "get", Method.GET.upper(), f"{Method.POST}")
print(round(Planet.EARTH.gravity, 3), Planet.EARTH.value, Planet.MERCURY.mass)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Shape = Enum("Shape", [("SQUARE", 4), ("TRI", 3)])
print(Shape.TRI, Shape(4).name)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Color.RED.name, Color.RED.value, Color.__members__["CRIMSON"])
print({Color.RED: "r", Color.BLUE: "b"}[Color.CRIMSON])
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN | Color.BLUE:
        print("green or blue")


class Weekday(Flag):
    MON = 1
    TUE = 2
    WED = 4
    WEEKDAYS = MON | TUE | WED


print(Weekday.WEEKDAYS, list(Weekday), Weekday.MON | Weekday.WED, len(Weekday.WEEKDAYS))


class Ordered(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    FIRST = auto()
    SECOND = auto()


print([m.value for m in Ordered])
print(enum.Enum.__name__, type(Color), type(Color.RED).__mro__[:2])
