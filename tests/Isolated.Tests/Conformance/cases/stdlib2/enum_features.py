import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique, verify, UNIQUE, CONTINUOUS

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias

print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, len(Color), list(Color))
print(Color.RED.name, Color.RED.value, [m for m in Color.__members__], Color.GREEN in Color, 2 in Color if hasattr(Color, "__contains__") else "")
print(isinstance(Color.RED, Color), type(Color.RED), Color.RED == 1, Color.RED < Color.GREEN if False else "no order")
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError:", e)

class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()

print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]), int(Priority.HIGH), f"{Priority.LOW}", str(Priority.LOW))

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

p = Perm.R | Perm.X
print(p, repr(p), Perm.R in p, Perm.W in p, ~Perm.R, list(p), Perm.RW, Perm(0), bool(Perm(0)), p & Perm.R, p ^ Perm.R)
print(len(Perm), [m.name for m in Perm], Perm(7), Perm.RW.value)

class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1

print(Mode.READ | Mode.WRITE, Mode(6), Mode(6) == 6, Mode.READ | 8, repr(Mode(0)), Mode(5) & 4, f"{Mode.READ|Mode.EXEC}")

class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = "sq"

print(Shape.CIRCLE, Shape.SQUARE.upper(), Shape.CIRCLE == "circle", f"{Shape.SQUARE}", "-".join(Shape), repr(Shape.CIRCLE))

class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None

print(Status("ACTIVE"), Status("Inactive"))
try:
    Status("other")
except ValueError as e:
    print("ValueError:", e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

print(Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 4), Planet.MERCURY.value)

class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2
    NORTH = auto()
    SOUTH = auto()
print(Ordinal.NORTH.value, Ordinal.SOUTH.value)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(CONTINUOUS)
    class Gap(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError:", e)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Enum("Sized", [("S", 1), ("L", 9)]).L)
class Weekday(Enum):
    MON = 1
    TUE = 2
    def is_first(self):
        return self is Weekday.MON
    def __str__(self):
        return self.name.title()
print(Weekday.MON.is_first(), str(Weekday.TUE), f"{Weekday.TUE}", Weekday.MON.__class__.__name__, dir(Weekday.MON)[:3])
print({Color.RED: "r"}[Color.CRIMSON], hash(Color.RED) == hash(Color.RED), enum.member if hasattr(enum, "member") else None)
try:
    class Ext(Color):
        PINK = 4
except TypeError as e:
    print("TypeError:", e)
print(Color.__members__["CRIMSON"], Perm.__members__.keys() >= {"RW"}, Mode._value2member_map_.keys() >= {4})
