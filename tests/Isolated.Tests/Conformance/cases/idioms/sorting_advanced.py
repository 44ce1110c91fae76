# Sorting techniques: multi-key with mixed directions, stable multi-pass sorts, natural sort, locale-free case folding, sort by lookup.
import re
from operator import itemgetter, attrgetter
from functools import cmp_to_key
from collections import namedtuple

Emp = namedtuple("Emp", "name dept salary age")
staff = [Emp("ann", "eng", 120, 30), Emp("bob", "ops", 90, 45), Emp("cy", "eng", 120, 25), Emp("dee", "ops", 95, 38), Emp("eve", "hr", 70, 29)]
print([e.name for e in sorted(staff, key=lambda e: (e.dept, -e.salary, e.name))])
step = sorted(staff, key=attrgetter("age"))
step = sorted(step, key=attrgetter("salary"), reverse=True)
print([(e.name, e.salary, e.age) for e in step])
print([e.name for e in sorted(staff, key=itemgetter(1, 0))], max(staff, key=attrgetter("salary")).name, min(staff, key=lambda e: e.age).name)


def natural_key(s):
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", s)]


files = ["file10.txt", "File2.txt", "file1.txt", "file20.txt", "file3.txt", "File1b.txt"]
print(sorted(files), sorted(files, key=natural_key))
order = {"high": 0, "medium": 1, "low": 2}
tasks = [("write", "low"), ("test", "high"), ("deploy", "medium"), ("review", "high")]
print(sorted(tasks, key=lambda t: (order[t[1]], t[0])))


def version_cmp(a, b):
    pa, pb = [int(x) for x in a.split(".")], [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)


versions = ["1.10.0", "1.2.9", "1.2.10", "0.9", "1.2", "2.0.0"]
print(sorted(versions, key=cmp_to_key(version_cmp)), sorted(versions, key=lambda v: tuple(map(int, v.split(".")))))
data = [3, -1, -4, 1, 5, -9, 2]
print(sorted(data, key=abs), sorted(data, key=lambda x: (x < 0, abs(x))), sorted(data, reverse=True)[:3])
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.casefold), sorted(set(w.lower() for w in words)), sorted(words, key=len))
records = [{"n": "x", "s": None}, {"n": "y", "s": 3}, {"n": "z", "s": 1}]
print([r["n"] for r in sorted(records, key=lambda r: (r["s"] is None, r["s"] or 0))])
matrix = [[3, 1], [1, 2], [2, 0]]
matrix.sort(key=itemgetter(1))
print(matrix, sorted(matrix, key=sum), sorted(zip("cab", [3, 1, 2])), sorted("bca", key="abc".index))
lst = [5, 2, 8]
print(sorted(lst) is not lst, lst.sort(), lst, list(reversed(sorted(lst))))
