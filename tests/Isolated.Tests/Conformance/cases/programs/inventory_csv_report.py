# Sales report from CSV text: parsing, aggregation by region/month, formatted table with totals and percentages.
import csv
import io
from collections import defaultdict
from datetime import date
from decimal import Decimal

CSV = """date,region,product,units,unit_price
2024-01-05,North,Widget,10,2.50
2024-01-17,South,Gadget,3,10.00
2024-02-02,North,Gadget,1,10.00
2024-02-14,East,Widget,25,2.40
2024-02-28,South,Widget,7,2.50
2024-03-03,North,Doohickey,4,7.25
2024-03-09,East,Gadget,2,9.50
2024-03-21,South,Doohickey,6,7.00
"""

rows = []
for r in csv.DictReader(io.StringIO(CSV)):
    rows.append({
        "date": date.fromisoformat(r["date"]),
        "region": r["region"],
        "product": r["product"],
        "units": int(r["units"]),
        "revenue": int(r["units"]) * Decimal(r["unit_price"]),
    })
by_region = defaultdict(Decimal)
by_month = defaultdict(lambda: defaultdict(Decimal))
by_product = defaultdict(lambda: [0, Decimal(0)])
for r in rows:
    by_region[r["region"]] += r["revenue"]
    by_month[r["date"].strftime("%Y-%m")][r["region"]] += r["revenue"]
    by_product[r["product"]][0] += r["units"]
    by_product[r["product"]][1] += r["revenue"]
total = sum(by_region.values())
regions = sorted(by_region)
print(f"{'Month':<8}" + "".join(f"{reg:>10}" for reg in regions) + f"{'Total':>10}")
for month in sorted(by_month):
    vals = [by_month[month].get(reg, Decimal(0)) for reg in regions]
    print(f"{month:<8}" + "".join(f"{v:>10.2f}" for v in vals) + f"{sum(vals):>10.2f}")
print("-" * (8 + 10 * (len(regions) + 1)))
print(f"{'Total':<8}" + "".join(f"{by_region[reg]:>10.2f}" for reg in regions) + f"{total:>10.2f}")
print()
for product, (units, revenue) in sorted(by_product.items(), key=lambda kv: -kv[1][1]):
    share = revenue / total * 100
    print(f"{product:<10} {units:>4} units {revenue:>8.2f} {share:>6.1f}% {'#' * int(share // 5)}")
best = max(rows, key=lambda r: r["revenue"])
print("best sale:", best["date"].strftime("%b %d"), best["region"], best["product"], best["revenue"])
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["region", "revenue", "share"])
for reg in regions:
    w.writerow([reg, by_region[reg], f"{by_region[reg] / total:.1%}"])
print(out.getvalue(), end="")
