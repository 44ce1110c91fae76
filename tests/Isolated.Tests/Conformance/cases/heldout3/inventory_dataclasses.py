from dataclasses import dataclass, field, asdict, replace
from enum import Enum, auto
from functools import total_ordering
from typing import NamedTuple


class Category(Enum):
    TOOL = auto()
    FOOD = auto()
    TOY = auto()


@total_ordering
@dataclass(frozen=True)
class Item:
    name: str
    price: float
    category: Category
    tags: tuple[str, ...] = ()

    def __lt__(self, other):
        return (self.price, self.name) < (other.price, other.name)


@dataclass
class Inventory:
    items: dict[str, int] = field(default_factory=dict)
    catalog: list[Item] = field(default_factory=list)

    def add(self, item: Item, qty: int = 1) -> None:
        if item not in self.catalog:
            self.catalog.append(item)
        self.items[item.name] = self.items.get(item.name, 0) + qty

    def total(self) -> float:
        by_name = {i.name: i for i in self.catalog}
        return round(sum(by_name[n].price * q for n, q in self.items.items()), 2)


class Summary(NamedTuple):
    category: str
    count: int
    value: float


inv = Inventory()
inv.add(Item("hammer", 12.5, Category.TOOL, ("steel",)), 3)
inv.add(Item("apple", 0.35, Category.FOOD), 40)
inv.add(Item("yoyo", 2.0, Category.TOY, ("kids", "classic")))
inv.add(Item("apple", 0.35, Category.FOOD), 2)
print(inv)
print(inv.total())
print(sorted(inv.catalog))
print(max(inv.catalog), min(inv.catalog).name)
summaries = []
for cat in Category:
    its = [i for i in inv.catalog if i.category is cat]
    summaries.append(Summary(cat.name.lower(), sum(inv.items[i.name] for i in its),
                             sum(i.price * inv.items[i.name] for i in its)))
for s in summaries:
    print(f"{s.category:<6}|{s.count:>4}|{s.value:>8.2f}|{s._asdict()}")
h = inv.catalog[0]
print(asdict(h))
print(replace(h, price=10.0))
try:
    h.price = 1
except Exception as e:
    print(type(e).__name__, e)
print(hash(h) == hash(Item("hammer", 12.5, Category.TOOL, ("steel",))))
print(Category.TOY, repr(Category.FOOD), Category["TOOL"].value, Category(2))
