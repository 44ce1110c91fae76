# Reads "name score score ..." lines from stdin, prints a grade report (intro course style).
import sys
from statistics import mean, pstdev

def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"

students = {}
problems = []
for lineno, line in enumerate(sys.stdin, 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    name, *raw = line.split()
    try:
        scores = [float(s) for s in raw]
    except ValueError as e:
        problems.append(f"line {lineno}: {e}")
        continue
    if not scores:
        problems.append(f"line {lineno}: no scores for {name}")
        continue
    students.setdefault(name.title(), []).extend(scores)

print(f"{'Name':<10}{'N':>3}{'Avg':>8}{'Best':>7}  Grade")
print("-" * 34)
for name, scores in sorted(students.items(), key=lambda kv: (-mean(kv[1]), kv[0])):
    avg = mean(scores)
    print(f"{name:<10}{len(scores):>3}{avg:>8.2f}{max(scores):>7.1f}  {letter(avg)}")
all_scores = [s for v in students.values() for s in v]
print("-" * 34)
print(f"class mean {mean(all_scores):.3f}, spread {pstdev(all_scores):.3f}, students {len(students)}")
hist = {}
for name, scores in students.items():
    hist[letter(mean(scores))] = hist.get(letter(mean(scores)), 0) + 1
for g in "ABCDF":
    print(g, "#" * hist.get(g, 0))
for p in problems:
    print("skipped", p)
print("echo of input() after EOF:", end=" ")
try:
    input()
except EOFError:
    print("EOFError")
