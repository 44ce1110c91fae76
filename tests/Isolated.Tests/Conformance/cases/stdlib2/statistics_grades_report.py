"""A grade report from CSV data: csv, statistics, collections, decimal rounding, textwrap, string formatting."""
import csv
import io
import statistics
from collections import defaultdict
from decimal import Decimal, ROUND_HALF_UP

DATA = """student,course,score
ann,math,91
ann,physics,78
bob,math,65
bob,physics,88
bob,art,95
cy,math,78
cy,art,82
dee,physics,59
dee,math,71
eve,art,100
eve,math,88
"""

rows = list(csv.DictReader(io.StringIO(DATA)))
by_course, by_student = defaultdict(list), defaultdict(list)
for r in rows:
    s = int(r["score"])
    by_course[r["course"]].append(s)
    by_student[r["student"]].append(s)

def letter(score):
    return "F" if score < 60 else "D" if score < 70 else "C" if score < 80 else "B" if score < 90 else "A"

print(f"{'course':8} {'n':>2} {'mean':>7} {'median':>6} {'stdev':>6} {'min':>4} {'max':>4}")
for course in sorted(by_course):
    xs = by_course[course]
    sd = statistics.stdev(xs) if len(xs) > 1 else 0.0
    print(f"{course:8} {len(xs):>2} {statistics.mean(xs):>7.2f} {statistics.median(xs):>6} {sd:>6.2f} {min(xs):>4} {max(xs):>4}")
print()
for student, xs in sorted(by_student.items(), key=lambda kv: -statistics.fmean(kv[1])):
    avg = Decimal(sum(xs)) / len(xs)
    print(f"{student:5} {avg.quantize(Decimal('0.1'), ROUND_HALF_UP):>5} {letter(float(avg))}  {'*' * (int(avg) // 10)}")
all_scores = [int(r["score"]) for r in rows]
print("quartiles", statistics.quantiles(all_scores, n=4))
print("deciles", [round(q, 1) for q in statistics.quantiles(all_scores, n=10)])
print("mode of letters", statistics.mode(letter(s) for s in all_scores), statistics.multimode(letter(s) for s in all_scores))
nd = statistics.NormalDist.from_samples(all_scores)
print("fit", round(nd.mean, 4), round(nd.stdev, 4), "P(score<60)=", round(nd.cdf(60), 4))
z = {s: round(nd.zscore(statistics.fmean(xs)), 3) for s, xs in by_student.items()}
print(sorted(z.items(), key=lambda kv: kv[1]))
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["student", "avg", "letter"])
for s in sorted(by_student):
    m = statistics.fmean(by_student[s])
    w.writerow([s, f"{m:.2f}", letter(m)])
print(out.getvalue(), end="")
print(statistics.correlation([int(r["score"]) for r in rows if r["course"] == "math"], [1, 2, 3, 4, 5]))
