"""A dataclass inventory saved to JSON and CSV, reloaded, and reported (dataclasses, json, csv, decimal, io)."""
import csv
import io
import json
from dataclasses import asdict, dataclass, field
from decimal import Decimal, ROUND_HALF_UP

@dataclass
class Product:
    sku: str
    name: str
    price: Decimal
    qty: int = 0
    tags: list[str] = field(default_factory=list)

    @property
    def value(self):
        return (self.price * self.qty).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return str(o)
        return super().default(o)

def decode(d):
    if "sku" in d:
        return Product(d["sku"], d["name"], Decimal(d["price"]), d["qty"], d["tags"])
    return d

stock = [
    Product("A-1", "Widget", Decimal("2.50"), 10, ["small"]),
    Product("B-7", "Gadget", Decimal("13.99"), 3),
    Product("C-3", "Doohickey", Decimal("0.335"), 1000, ["bulk", "cheap"]),
]
text = json.dumps({"version": 1, "items": [asdict(p) for p in stock]}, cls=Encoder, indent=1)
print(text)
loaded = json.loads(text, object_hook=decode)
print(loaded["items"] == stock, [p.value for p in loaded["items"]])
print("total:", sum((p.value for p in stock), Decimal("0")))

buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=["sku", "name", "price", "qty", "tags"], lineterminator="\n")
w.writeheader()
for p in stock:
    row = asdict(p)
    row["tags"] = ";".join(p.tags)
    w.writerow(row)
print(buf.getvalue(), end="")
buf.seek(0)
again = [Product(r["sku"], r["name"], Decimal(r["price"]), int(r["qty"]), [t for t in r["tags"].split(";") if t])
         for r in csv.DictReader(buf)]
print(again == stock)
low = [p.name for p in stock if p.qty < 5]
print("low stock:", low)
print(f"{'SKU':<5}{'NAME':<11}{'PRICE':>8}{'QTY':>6}{'VALUE':>10}")
for p in sorted(stock, key=lambda p: p.value, reverse=True):
    print(f"{p.sku:<5}{p.name:<11}{p.price:>8}{p.qty:>6}{p.value:>10,}")
try:
    json.dumps(stock)
except TypeError as e:
    print("TypeError:", e)
