# A shopping cart with discounts (strategy objects), taxes by category, coupons, and a receipt.
from abc import ABC, abstractmethod
from dataclasses import dataclass
from decimal import Decimal, ROUND_HALF_UP

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price: Decimal
    category: str


class Discount(ABC):
    @abstractmethod
    def amount(self, lines):
        ...

    def describe(self):
        return type(self).__name__


class PercentOff(Discount):
    def __init__(self, pct, category=None):
        self.pct, self.category = Decimal(pct), category

    def amount(self, lines):
        base = sum(l.total for l in lines if self.category in (None, l.product.category))
        return (base * self.pct / 100).quantize(CENT, ROUND_HALF_UP)

    def describe(self):
        return f"{self.pct}% off {self.category or 'everything'}"


class BuyXGetY(Discount):
    def __init__(self, sku, x, y):
        self.sku, self.x, self.y = sku, x, y

    def amount(self, lines):
        for l in lines:
            if l.product.sku == self.sku:
                free = l.qty // (self.x + self.y) * self.y
                return l.product.price * free
        return Decimal(0)

    def describe(self):
        return f"buy {self.x} get {self.y} free on {self.sku}"


@dataclass
class Line:
    product: Product
    qty: int

    @property
    def total(self):
        return self.product.price * self.qty


class Cart:
    TAX = {"food": Decimal("0.05"), "books": Decimal("0"), "other": Decimal("0.2")}

    def __init__(self):
        self.lines = {}
        self.discounts = []

    def add(self, product, qty=1):
        if qty <= 0:
            raise ValueError("quantity must be positive")
        line = self.lines.setdefault(product.sku, Line(product, 0))
        line.qty += qty

    def remove(self, sku, qty=None):
        line = self.lines[sku]
        if qty is None or qty >= line.qty:
            del self.lines[sku]
        else:
            line.qty -= qty

    def receipt(self):
        out = []
        lines = list(self.lines.values())
        subtotal = sum((l.total for l in lines), Decimal(0))
        for l in sorted(lines, key=lambda l: l.product.name):
            out.append(f"{l.product.name:<14}{l.qty:>3} x {l.product.price:>6} = {l.total:>8}")
        out.append(f"{'subtotal':<29}{subtotal:>8}")
        disc_total = Decimal(0)
        for d in self.discounts:
            amt = d.amount(lines)
            if amt:
                disc_total += amt
                out.append(f"  {d.describe():<27}{-amt:>8}")
        ratio = (subtotal - disc_total) / subtotal if subtotal else Decimal(1)
        tax = sum((l.total * ratio * self.TAX[l.product.category] for l in lines), Decimal(0)).quantize(CENT, ROUND_HALF_UP)
        out.append(f"{'tax':<29}{tax:>8}")
        out.append(f"{'TOTAL':<29}{subtotal - disc_total + tax:>8}")
        return "\n".join(out)


apple = Product("A1", "Apple", Decimal("0.40"), "food")
book = Product("B7", "Python Book", Decimal("39.99"), "books")
mug = Product("M3", "Mug", Decimal("8.50"), "other")
cart = Cart()
cart.add(apple, 7)
cart.add(book)
cart.add(mug, 2)
cart.add(apple, 2)
print(cart.receipt())
print()
cart.discounts += [BuyXGetY("A1", 2, 1), PercentOff(10, "other"), PercentOff("5")]
cart.remove("M3", 1)
print(cart.receipt())
try:
    cart.add(mug, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    Discount()
except TypeError as e:
    print("TypeError:", e)
print(apple == Product("A1", "Apple", Decimal("0.4"), "food"), hash(apple) == hash(Product("A1", "Apple", Decimal("0.40"), "food")))
