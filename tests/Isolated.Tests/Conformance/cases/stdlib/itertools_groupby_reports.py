# Reporting with itertools.groupby, operator.itemgetter, statistics and zip_longest: sales by rep and quarter.
from itertools import groupby, zip_longest, accumulate, chain
from operator import itemgetter
import statistics

sales = [
    ("2024-Q1", "east", "ann", 1200), ("2024-Q1", "east", "bob", 800), ("2024-Q1", "west", "cy", 1500),
    ("2024-Q2", "east", "ann", 1600), ("2024-Q2", "west", "cy", 900), ("2024-Q2", "west", "dee", 1100),
    ("2024-Q3", "east", "bob", 1300), ("2024-Q3", "west", "dee", 1700), ("2024-Q3", "east", "ann", 400),
]
by_quarter = itemgetter(0)
for quarter, rows in groupby(sorted(sales, key=by_quarter), key=by_quarter):
    rows = list(rows)
    amounts = [r[3] for r in rows]
    print(quarter, len(rows), sum(amounts), max(rows, key=itemgetter(3))[2], round(statistics.mean(amounts), 1))
by_region_rep = itemgetter(1, 2)
for (region, rep), rows in groupby(sorted(sales, key=by_region_rep), key=by_region_rep):
    amounts = [r[3] for r in rows]
    print(f"{region:5} {rep:4} {amounts!s:20} cumulative={list(accumulate(amounts))}")
quarters = sorted({r[0] for r in sales})
reps = sorted({r[2] for r in sales})
table = {(r[0], r[2]): r[3] for r in sales}
print("rep  " + " ".join(f"{q:>8}" for q in quarters) + "    total")
for rep in reps:
    vals = [table.get((q, rep), 0) for q in quarters]
    print(f"{rep:4} " + " ".join(f"{v:>8}" for v in vals) + f" {sum(vals):>8}")
cols = [[table.get((q, rep), 0) for rep in reps] for q in quarters]
print("sum  " + " ".join(f"{sum(c):>8}" for c in cols))
runs = [k for k, g in groupby([1, 1, 2, 2, 2, 3, 1, 1]) for _ in [0]]
lengths = [(k, len(list(g))) for k, g in groupby("aaabbbcccaaa")]
print(runs, lengths, "".join(f"{k}{n}" for k, n in lengths))
print(list(zip_longest(quarters, reps, fillvalue="-")), list(chain.from_iterable(zip(quarters, reps))))
streaks = max((len(list(g)) for k, g in groupby([r[3] > 1000 for r in sales]) if k), default=0)
print("longest >1000 streak:", streaks)
