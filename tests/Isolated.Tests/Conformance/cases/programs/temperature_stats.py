# Weather data analysis: parsing a fixed-width table, per-month stats, moving averages, extremes and a text chart.
import statistics
from collections import defaultdict

DATA = """\
2024-01-03  -2.5  4.1  12.0
2024-01-17   1.0  6.3   0.0
2024-01-29  -5.2  0.4   3.5
2024-02-08   0.3  7.7   8.1
2024-02-21   3.9 11.2   0.0
2024-03-02   5.5 14.0  22.4
2024-03-15   7.1 16.8   1.2
2024-03-30   9.4 19.5   0.0
"""
rows = []
for line in DATA.splitlines():
    day, lo, hi, rain = line[:10], float(line[10:16]), float(line[16:21]), float(line[21:])
    rows.append((day, lo, hi, rain))
months = defaultdict(list)
for r in rows:
    months[r[0][:7]].append(r)
print(f"{'month':8} {'n':>2} {'min':>6} {'max':>6} {'mean':>6} {'rain':>6}")
for m, rs in sorted(months.items()):
    mean = statistics.mean((lo + hi) / 2 for _, lo, hi, _ in rs)
    print(f"{m:8} {len(rs):>2} {min(r[1] for r in rs):>6.1f} {max(r[2] for r in rs):>6.1f} {mean:>6.2f} {sum(r[3] for r in rs):>6.1f}")
means = [(lo + hi) / 2 for _, lo, hi, _ in rows]
window = 3
moving = [round(sum(means[i - window + 1:i + 1]) / window, 2) for i in range(window - 1, len(means))]
print("moving avg:", moving)
coldest = min(rows, key=lambda r: r[1])
wettest = max(rows, key=lambda r: r[3])
print("coldest", coldest[0], coldest[1], "| wettest", wettest[0], wettest[3], "| dry days", sum(r[3] == 0 for r in rows))
lo_all = min(r[1] for r in rows)
for day, lo, hi, rain in rows:
    start = int((lo - lo_all) * 2)
    bar = " " * start + "[" + "=" * int((hi - lo) * 2) + "]"
    print(f"{day[5:]} {bar}")
print(round(statistics.correlation([r[2] for r in rows], [r[3] for r in rows]), 4), statistics.median_high(means))
