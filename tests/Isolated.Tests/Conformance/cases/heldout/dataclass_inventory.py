from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar
from typing import List, Optional, ClassVar, Dict
from enum import Enum, auto, IntEnum, Flag

class Category(Enum):
    TOOL = auto()
    FOOD = auto()
    TOY = "toy"

class Priority(IntEnum):
    LOW = 1
    MID = 2
    HIGH = 3

class Perm(Flag):
    R = 4
    W = 2
    X = 1

@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    category: Category = Category.TOOL
    tags: List[str] = field(default_factory=list)
    registry: ClassVar[Dict[str, "Item"]] = {}

    def __post_init__(self):
        self.sort_index = self.price * self.qty
        Item.registry[self.name] = self

    @property
    def total(self) -> float:
        return round(self.price * self.qty, 2)

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
    def moved(self, dx, dy):
        return replace(self, x=self.x + dx, y=self.y + dy)

@dataclass
class Account:
    owner: str
    balance: float = 0.0
    secret: InitVar[Optional[str]] = None
    history: list = field(default_factory=list, compare=False)
    def __post_init__(self, secret):
        self.has_secret = secret is not None

items = [Item("hammer", 12.5, 3), Item("apple", 0.4, 100, Category.FOOD, ["fruit"]),
         Item("yoyo", 3.0, 7, Category.TOY), Item("saw", 22.0, 1)]
for it in sorted(items):
    print(it, "->", it.total)
print(asdict(items[1]))
print(astuple(items[2]))
print([f.name for f in fields(Item)], list(Item.registry))
print(items[0] == Item("hammer", 12.5, 3), items[0] < items[1])
p = Point(1, 2)
print(p, p.moved(3, -1), hash(p) == hash(Point(1, 2)), p == Point(1, 2), {p, Point(1, 2)})
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
a = Account("zoe", 10, secret="pw")
b = Account("zoe", 10)
print(a, a.has_secret, b.has_secret, a == b)
try:
    Account()
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: str
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError:", e)
print(Category.TOOL, Category.TOY.value, Category["FOOD"], Category("toy"), list(Category), Category.FOOD.name)
print(repr(Category.TOOL), Category.TOOL is Category.TOOL, Category.TOOL == 1, len(Category))
print(Priority.HIGH > Priority.LOW, Priority(2), Priority.MID + 1, sorted([Priority.HIGH, Priority.LOW]), int(Priority.MID))
print(f"{Priority.HIGH}", f"{Category.TOY}", str(Priority.LOW), repr(Priority.LOW), format(Priority.MID, "03d"))
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, repr(rw), rw.value, Perm(7), ~Perm.R, bool(Perm(0)), list(rw))
try:
    Category("nope")
except ValueError as e:
    print("ValueError:", e)
for c in Category:
    print(c.name.ljust(6), c.value)
print({c.name: c.value for c in Priority})
print(Item.__dataclass_fields__["tags"].default_factory, Point.__dataclass_params__.frozen if hasattr(Point, "__dataclass_params__") else None)
@dataclass(slots=True, kw_only=True)
class Config:
    host: str = "localhost"
    port: int = 8080
c = Config(port=9000)
print(c, c.__slots__, hasattr(c, "__dict__"))
try:
    Config("h")
except TypeError as e:
    print("TypeError:", e)
print(Item.__match_args__, Point.__match_args__)
match Point(0, 5):
    case Point(0, y):
        print("on y axis at", y)
    case _:
        print("elsewhere")
