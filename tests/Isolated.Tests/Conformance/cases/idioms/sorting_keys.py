from operator import itemgetter, attrgetter
students = [("alice", "B", 85), ("bob", "A", 92), ("carol", "B", 78), ("dave", "A", 92), ("eve", "C", 60)]
print(sorted(students, key=itemgetter(2)))
print(sorted(students, key=itemgetter(2), reverse=True))
print(sorted(students, key=lambda s: (-s[2], s[0])))
print(sorted(students, key=itemgetter(1, 0)))

class Emp:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary
    def __repr__(self):
        return f"{self.name}({self.dept},{self.salary})"

emps = [Emp("z", "eng", 100), Emp("a", "ops", 90), Emp("m", "eng", 120), Emp("b", "ops", 90)]
print(sorted(emps, key=attrgetter("dept", "salary")))
print(sorted(emps, key=attrgetter("salary"), reverse=True))
print(max(emps, key=attrgetter("salary")), min(emps, key=lambda e: (e.salary, e.name)))
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
data.sort()
print(data)
data.sort(reverse=True)
print(data)
print(sorted("Banana apple Cherry date".split()), sorted("Banana apple Cherry date".split(), key=str.lower))
pairs = [(1, "b"), (1, "a"), (0, "z")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]))
d = {"x": 3, "y": 1, "z": 2}
print(sorted(d), sorted(d, key=d.get), sorted(d.items(), key=lambda kv: kv[1], reverse=True))
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([3.5, -1, 2]), sorted([True, False, 2]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(list(reversed(sorted(range(5)))), sorted(range(10), key=lambda n: n % 3))
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w), reverse=True))
