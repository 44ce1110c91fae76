from dataclasses import dataclass, field, asdict, astuple, replace
from typing import List

@dataclass
class Item:
    name: str
    price: float
    quantity: int = 0

    @property
    def total(self):
        return self.price * self.quantity

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

@dataclass(frozen=True)
class Point:
    x: int
    y: int

@dataclass
class Inventory:
    items: List[Item] = field(default_factory=list)
    tags: set = field(default_factory=set, repr=False)

    def add(self, item):
        self.items.append(item)

    def value(self):
        return sum(i.total for i in self.items)

inv = Inventory()
inv.add(Item("widget", 2.5, 10))
inv.add(Item("gadget", 10.0, 3))
inv.add(Item("doohickey", 0.75))
print(inv)
print(inv.value())
print(asdict(inv.items[0]), astuple(inv.items[1]))
print(Item("a", 1.0) == Item("a", 1.0, 0), Item("a", 1.0) == Item("a", 2.0))
print(sorted([Version(1, 2), Version(1, 0, 5), Version(0, 9)]))
print(Version(2) > Version(1, 99), max(Version(1, 1, 1), Version(1, 1)))
p = Point(1, 2)
print(p, hash(p) == hash(Point(1, 2)))
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
print(replace(p, y=10))
print({Point(0, 0), Point(0, 0), Point(1, 1)} == {Point(1, 1), Point(0, 0)})
try:
    Item("x")
except TypeError as e:
    print("TypeError:", e)
print(Item.__dataclass_fields__.keys())
print([f for f in Version.__match_args__])
