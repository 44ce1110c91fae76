# Student grade book: parsing records, weighted averages, letter grades, ranking with ties, histogram.
import statistics
from collections import namedtuple, Counter

RAW = """\
ann,hw:92,hw:88,quiz:79,exam:91
bob,hw:75,hw:0,quiz:65,exam:70
cy,hw:100,hw:97,quiz:95,exam:98
dee,hw:85,quiz:88,exam:84
eve,hw:92,hw:88,quiz:79,exam:91
fay,hw:55,hw:60,quiz:50,exam:45
"""
WEIGHTS = {"hw": 0.3, "quiz": 0.2, "exam": 0.5}
Student = namedtuple("Student", "name scores")


def parse(text):
    students = []
    for line in text.splitlines():
        name, *items = line.split(",")
        scores = {}
        for item in items:
            kind, value = item.split(":")
            scores.setdefault(kind, []).append(int(value))
        students.append(Student(name, scores))
    return students


def weighted(s):
    total = sum(WEIGHTS[k] * statistics.mean(v) for k, v in s.scores.items())
    return round(total / sum(WEIGHTS[k] for k in s.scores), 2)


def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"


students = parse(RAW)
results = sorted(((weighted(s), s.name) for s in students), reverse=True)
rank, prev = 0, None
for i, (avg, name) in enumerate(results, 1):
    if avg != prev:
        rank = i
    prev = avg
    print(f"{rank:>2}. {name:<4} {avg:6.2f} {letter(avg)}")
avgs = [a for a, _ in results]
print("mean", round(statistics.mean(avgs), 3), "median", statistics.median(avgs), "stdev", round(statistics.stdev(avgs), 3))
dist = Counter(letter(a) for a in avgs)
for g in "ABCDF":
    print(g, "#" * dist[g], dist[g])
best_hw = max(students, key=lambda s: max(s.scores.get("hw", [0])))
print("best hw:", best_hw.name, "missing hw2:", [s.name for s in students if len(s.scores.get("hw", [])) < 2])
curve = 100 - max(avgs)
print("curved:", {n: round(a + curve, 2) for a, n in results})
print(students[3], students[3]._asdict()["scores"])
