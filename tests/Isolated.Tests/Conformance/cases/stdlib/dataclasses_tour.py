# dataclasses: frozen, order, default_factory, __post_init__, asdict/astuple, replace, fields, InitVar, KW_ONLY, slots.
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: int = field(init=False, default=0)
    secret: str = field(default="x", compare=False, repr=False)

    def __post_init__(self):
        for it in self.items:
            self.counts[it] = self.counts.get(it, 0) + 1
        self.total = len(self.items)


@dataclass
class Account:
    name: str
    rate: InitVar[float] = 1.0
    balance: float = 0.0

    def __post_init__(self, rate):
        self.balance *= rate


@dataclass
class Config:
    name: str
    _: KW_ONLY
    debug: bool = False
    level: int = 1


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "b"


@dataclass(eq=False)
class Ident:
    v: int


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs))
print([str(v) for v in sorted(vs, reverse=True)], max(vs), Version(1) < Version(1, 0, 1))
p = Point(3, 4)
print(p, p.dist(), p == Point(3.0, 4.0), hash(p) == hash(Point(3, 4)))
try:
    p.x = 10
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(replace(p, y=0), asdict(p), astuple(p))
inv = Inventory("ann", ["a", "b", "a"])
print(inv, inv.counts, inv.total)
print(inv == Inventory("ann", ["a", "b", "a"], secret="other"))
print([f.name for f in fields(inv)], [f.name for f in fields(Inventory) if f.init])
print(asdict(inv))
acc = Account("bob", 2.0, 50.0)
print(acc, [f.name for f in fields(acc)])
c = Config("srv", debug=True)
print(c, Config("x", level=3))
try:
    Config("a", True)
except TypeError as e:
    print("TypeError:", e)
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
print(Ident(1) == Ident(1), Ident.__eq__ is object.__eq__)
print(dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point), dataclasses.is_dataclass(1))
try:
    Version("x") < 3
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
Dyn = dataclasses.make_dataclass("Dyn", [("a", int), ("b", str, field(default="z"))], order=True)
print(Dyn(1), Dyn(1) < Dyn(2), Dyn.__name__)
print(Point.__match_args__, Version.__match_args__)
match Version(2, 1):
    case Version(2, minor):
        print("v2 minor", minor)
print(repr(Version.__init__.__doc__), Point.__doc__)
nested = {"pts": [Point(1, 2)], "v": (Version(1),)}
print(asdict(Config(Point(1, 2))), astuple(Config([Point(0, 1)], level=2)))
