people = [("alice", 30), ("bob", 25), ("carol", 35), ("dave", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: len(p[0])))
add = lambda a, b=1: a + b
print(add(2), add(2, 3), (lambda: "no args")(), add.__name__)
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(set(words)), sorted(words, key=len, reverse=True)[:3])
from functools import reduce
print(reduce(lambda acc, x: acc * x, range(1, 6)))
print(list(map(lambda x: x ** 2, filter(lambda x: x % 2, range(10)))))
