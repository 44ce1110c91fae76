# A shop owner's inventory report: csv in and out, Decimal totals, groupby, restock list.
import csv
import io
from decimal import Decimal
from itertools import groupby
from operator import itemgetter

RAW = """sku,name,category,qty,unit_price,reorder_at
A-100,"Widget, large",hardware,14,12.50,10
A-101,Widget small,hardware,3,4.99,5
B-200,Blue paint,paint,0,23.00,2
B-201,"Red ""fire"" paint",paint,7,23.00,2
C-300,Brush,paint,25,3.75,10
D-400,Hammer,tools,4,18.20,5
D-401,Screwdriver set,tools,11,27.95,3
"""

rows = list(csv.DictReader(io.StringIO(RAW)))
for r in rows:
    r["qty"] = int(r["qty"])
    r["unit_price"] = Decimal(r["unit_price"])
    r["reorder_at"] = int(r["reorder_at"])
    r["value"] = r["qty"] * r["unit_price"]

print(f"{len(rows)} items, fields: {list(rows[0])[:6]}")
rows.sort(key=itemgetter("category", "sku"))
grand = Decimal(0)
for cat, items in groupby(rows, key=itemgetter("category")):
    items = list(items)
    subtotal = sum((i["value"] for i in items), Decimal(0))
    grand += subtotal
    print(f"[{cat}] {len(items)} skus, {sum(i['qty'] for i in items)} units, value {subtotal:>8.2f}")
    for i in items:
        flag = " LOW" if i["qty"] <= i["reorder_at"] else ""
        print(f"   {i['sku']}  {i['name']:<20.20}{i['qty']:>4} x {i['unit_price']:>6} = {i['value']:>8.2f}{flag}")
print(f"inventory value: {grand:,.2f}")

restock = [r for r in rows if r["qty"] <= r["reorder_at"]]
out = io.StringIO()
w = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
w.writerow(["sku", "name", "order_qty"])
for r in restock:
    w.writerow([r["sku"], r["name"], r["reorder_at"] * 2 - r["qty"]])
print(out.getvalue(), end="")
out2 = io.StringIO()
dw = csv.DictWriter(out2, fieldnames=["sku", "name"], extrasaction="ignore", quoting=csv.QUOTE_NONNUMERIC)
dw.writeheader()
dw.writerows(restock[:2])
print(out2.getvalue(), end="")
print(csv.Sniffer().sniff("a;b;c\n1;2;3\n").delimiter, csv.Sniffer().has_header(RAW))
for line in csv.reader(['x,"multi\nline",y', "'q',r"], skipinitialspace=True):
    print(line)
try:
    list(csv.reader(['a,"b'], strict=True))
except csv.Error as e:
    print("csv.Error:", e)
csv.register_dialect("pipes", delimiter="|", quotechar="'")
print(list(csv.reader(["a|'b|c'|d"], dialect="pipes")), csv.list_dialects()[-1] if "pipes" in csv.list_dialects() else None)
