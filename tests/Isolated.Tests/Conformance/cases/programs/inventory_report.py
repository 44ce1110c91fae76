# A small inventory CLI: argparse on a list, dataclasses, csv from a string, decimal money,
# collections.Counter/defaultdict, textwrap and a formatted report.
import argparse
import csv
import io
import textwrap
from collections import Counter, defaultdict
from dataclasses import dataclass, field, asdict
from decimal import Decimal, ROUND_HALF_UP

STOCK = """sku,name,category,qty,price
A100,Widget,tools,12,2.50
A101,Gadget,tools,0,10.00
B200,Apple,food,150,0.35
B201,Banana bunch,food,40,1.99
C300,Notebook,office,25,3.75
C301,"Pen, blue",office,300,0.80
"""

@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    sku: str
    name: str
    category: str
    qty: int
    price: Decimal
    tags: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_key = (self.category, self.name)

    @property
    def value(self):
        return (self.price * self.qty).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

def load(text):
    return [Item(r["sku"], r["name"], r["category"], int(r["qty"]), Decimal(r["price"]))
            for r in csv.DictReader(io.StringIO(text))]

def build_parser():
    p = argparse.ArgumentParser(prog="inventory", description="Inventory report tool")
    p.add_argument("--category", "-c", action="append", help="only these categories")
    p.add_argument("--min-qty", type=int, default=0)
    p.add_argument("--sort", choices=["name", "value", "qty"], default="name")
    p.add_argument("--reverse", action="store_true")
    p.add_argument("--width", type=int, default=50)
    p.add_argument("skus", nargs="*")
    return p

def report(items, args):
    chosen = [i for i in items if (not args.category or i.category in args.category)
              and i.qty >= args.min_qty and (not args.skus or i.sku in args.skus)]
    key = {"name": lambda i: i.name, "value": lambda i: i.value, "qty": lambda i: i.qty}[args.sort]
    chosen.sort(key=key, reverse=args.reverse)
    lines = [f"{'SKU':<6}{'Name':<16}{'Qty':>5}{'Price':>8}{'Value':>10}"]
    for i in chosen:
        lines.append(f"{i.sku:<6}{i.name:<16}{i.qty:>5}{i.price:>8}{i.value:>10}")
    total = sum((i.value for i in chosen), Decimal("0"))
    lines.append(f"{'TOTAL':<35}{total:>10}")
    return "\n".join(lines)

items = load(STOCK)
parser = build_parser()
for argv in [[], ["-c", "food"], ["--sort", "value", "--reverse"], ["-c", "tools", "-c", "office", "--min-qty", "1"], ["A100", "C301"]]:
    args = parser.parse_args(argv)
    print(f"$ inventory {' '.join(argv)}")
    print(report(items, args))
    print()
for bad in [["--sort", "price"], ["--min-qty", "lots"]]:
    try:
        parser.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
print(parser.format_usage().strip())
help_text = parser.format_help()
print("\n".join(line.rstrip() for line in help_text.splitlines()))
by_cat = defaultdict(list)
for i in items:
    by_cat[i.category].append(i.sku)
print(dict(by_cat))
counts = Counter(i.category for i in items for _ in range(i.qty // 10))
print(counts.most_common(), sum(counts.values()))
print(sorted(items)[0].name, max(items, key=lambda i: i.value).name, asdict(items[0])["price"])
out_of_stock = [i.name for i in items if i.qty == 0]
print(textwrap.fill("Out of stock: " + ", ".join(out_of_stock) + ". Reorder soon; suppliers need about two weeks of lead time for restocking.", width=40))
print(textwrap.indent(textwrap.dedent("""\
    Summary:
      items: %d
      value: %s
""" % (len(items), sum(i.value for i in items))), "> "))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog again and again", width=30, placeholder=" [...]"))
