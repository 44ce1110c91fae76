# Inventory management with dataclasses, enums, sorting, grouping and a formatted report.
from dataclasses import dataclass, field, asdict
from enum import Enum
from itertools import groupby
from operator import attrgetter
from collections import Counter


class Category(Enum):
    TOOLS = "tools"
    GARDEN = "garden"
    KITCHEN = "kitchen"


@dataclass(order=True)
class Product:
    sort_index: tuple = field(init=False, repr=False)
    sku: str
    name: str
    category: Category
    price: float
    qty: int = 0
    tags: set = field(default_factory=set, compare=False)

    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"negative price for {self.sku}")
        self.sort_index = (self.category.value, -self.price)

    @property
    def value(self):
        return round(self.price * self.qty, 2)


class Inventory:
    def __init__(self):
        self._items = {}

    def add(self, product):
        if product.sku in self._items:
            raise KeyError(f"duplicate sku {product.sku}")
        self._items[product.sku] = product

    def restock(self, sku, n):
        self._items[sku].qty += n

    def sell(self, sku, n):
        p = self._items[sku]
        if n > p.qty:
            raise RuntimeError(f"only {p.qty} of {p.name} left")
        p.qty -= n
        return round(p.price * n, 2)

    def low_stock(self, threshold=5):
        return sorted((p for p in self._items.values() if p.qty < threshold), key=attrgetter("qty", "sku"))

    def __iter__(self):
        return iter(sorted(self._items.values()))

    def __len__(self):
        return len(self._items)


inv = Inventory()
rows = [
    ("T-100", "Hammer", Category.TOOLS, 12.5, 10, {"steel"}),
    ("T-101", "Screwdriver set", Category.TOOLS, 24.99, 3, {"steel", "set"}),
    ("G-200", "Rake", Category.GARDEN, 18.0, 7, set()),
    ("G-201", "Hose 20m", Category.GARDEN, 35.25, 2, {"rubber"}),
    ("K-300", "Knife", Category.KITCHEN, 45.0, 12, {"steel"}),
    ("K-301", "Pan", Category.KITCHEN, 29.9, 0, set()),
]
for sku, name, cat, price, qty, tags in rows:
    inv.add(Product(sku, name, cat, price, qty, tags))
for bad in [("T-100", "Dup", Category.TOOLS, 1.0), ("X-1", "Neg", Category.TOOLS, -1.0)]:
    try:
        inv.add(Product(*bad))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print("sold:", inv.sell("T-100", 4), inv.sell("K-300", 2))
try:
    inv.sell("G-201", 5)
except RuntimeError as e:
    print("RuntimeError:", e)
inv.restock("K-301", 6)
print(f"{'SKU':<6} {'Name':<16} {'Category':<8} {'Price':>7} {'Qty':>4} {'Value':>8}")
for p in inv:
    print(f"{p.sku:<6} {p.name:<16} {p.category.value:<8} {p.price:>7.2f} {p.qty:>4} {p.value:>8.2f}")
print("-" * 54)
total = sum(p.value for p in inv)
print(f"{'total':<40} {sum(p.qty for p in inv):>4} {total:>8.2f}")
for cat, group in groupby(inv, key=lambda p: p.category):
    items = list(group)
    print(cat.name, len(items), max(items, key=attrgetter("price")).name, round(sum(p.value for p in items), 2))
print("low stock:", [(p.sku, p.qty) for p in inv.low_stock()])
tag_counts = Counter(t for p in inv for t in p.tags)
print(sorted(tag_counts.items()), tag_counts.most_common(1))
d = asdict(next(iter(inv)))
d["tags"] = sorted(d["tags"])
print(d)
print(len(inv), Product("A", "a", Category.TOOLS, 1.0) == Product("A", "a", Category.TOOLS, 1.0, tags={"x"}))
