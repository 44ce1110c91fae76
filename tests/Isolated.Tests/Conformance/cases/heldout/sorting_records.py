from operator import itemgetter, attrgetter
from collections import namedtuple
import functools

Student = namedtuple("Student", "name grade age")
students = [Student("john", "A", 15), Student("jane", "B", 12), Student("dave", "B", 10),
            Student("ann", "A", 12), Student("bob", "C", 15), Student("zed", "B", 12)]
print(sorted(students, key=attrgetter("age")))
print(sorted(students, key=attrgetter("grade", "age")))
print([s.name for s in sorted(students, key=lambda s: (-s.age, s.name))])
by_grade = sorted(students, key=itemgetter(1))
print([s.name for s in by_grade])
s2 = sorted(students, key=attrgetter("age"), reverse=True)
print([(s.name, s.age) for s in s2])
people = [{"name": "Ann", "score": 88}, {"name": "bob", "score": 95}, {"name": "Cy", "score": 88}, {"name": "dee", "score": 70}]
print([p["name"] for p in sorted(people, key=itemgetter("score"), reverse=True)])
print(sorted(people, key=lambda p: p["name"].lower())[0], min(people, key=itemgetter("score"))["name"])
ranked = sorted(people, key=lambda p: p["score"], reverse=True)
rank = 0
prev = None
for i, p in enumerate(ranked, 1):
    if p["score"] != prev:
        rank = i
        prev = p["score"]
    print(f"{rank}. {p['name']:<5} {p['score']}")
def compare(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ["banana", "fig", "apple", "kiwi", "date", "cherry", "plum"]
print(sorted(words, key=functools.cmp_to_key(compare)))
print(sorted(words, key=len), sorted(words, key=lambda w: w[-1]), sorted(words, key=lambda w: (len(w), w), reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n < 0, n)), sorted(map(str, nums)))
mixed = [3, 1.5, True, 2, False, -0.5]
print(sorted(mixed), sorted(mixed, reverse=True))
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
data.sort(key=itemgetter(0))
data.sort(key=itemgetter(1))
print(data)
versions = ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2"]
print(sorted(versions, key=lambda v: tuple(map(int, v.split(".")))))
files = ["file10.txt", "file2.txt", "File1.txt", "file1.txt", "file20.txt"]
import re
def natural(s):
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", s)]
print(sorted(files, key=natural), sorted(files))
matrix = [[3, 1], [1, 2], [2, 0]]
print(sorted(matrix), sorted(matrix, key=lambda r: r[1]), max(matrix, key=sum))
print(sorted({"b": 1, "a": 3, "c": 2}.items(), key=lambda kv: kv[1]), sorted({"b": 1, "a": 3}))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
lst = [3, 1, 2]
print(lst.sort(), lst, sorted(lst) is lst, sorted((3, 2)), sorted("cba"), sorted({3: 0, 1: 0}))
import heapq
print(heapq.nlargest(3, students, key=attrgetter("age")), heapq.nsmallest(2, [5, 1, 8, 3]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
import bisect
grades = "FDCBA"
breakpoints = [60, 70, 80, 90]
print([grades[bisect.bisect(breakpoints, s)] for s in [33, 99, 77, 70, 89, 90, 100]])
ins = []
for x in [5, 1, 4, 2, 3]:
    bisect.insort(ins, x)
print(ins, bisect.bisect_left(ins, 3), bisect.bisect_right(ins, 3), bisect.bisect(students, 12, key=attrgetter("age")) if False else "")
