# Comprehensions and unpacking: nested, conditional, walrus, dict/set comps, star-unpacking in calls/literals/assignments.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in matrix for x in row if x % 2], [[row[i] for row in matrix] for i in range(3)])
print({x: x ** 2 for x in range(5) if x != 2}, {c.lower() for c in "HeLLo"} == {"h", "e", "l", "o"}, sorted({len(w) for w in "a bb cc d".split()}))
print([y for x in range(6) if (y := x * x) > 5], [(i, j) for i in range(3) for j in range(i)], [x if x > 2 else -x for x in range(5)])
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"long list ({n})")
total = 0
running = [total := total + x for x in data]
print(running, total)
first, *middle, last = data
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
(a, b), [c, d] = "xy", (1, 2)
print(a, b, c, d)
head, *_ = range(5)
print(head, _)
for i, (name, score) in enumerate([("ann", 3), ("bob", 5)], 1):
    print(i, name, score)
merged = [*range(3), *"ab", *{"k": 1}]
print(merged, (*data[:2], 0), {*"aa", *"b"} == {"a", "b"}, {**{"x": 1}, "y": 2, **{"x": 3}})


def f(*args, **kwargs):
    return args, kwargs


print(f(*[1, 2], 3, *(4,), k=5, **{"z": 6}), f(), f(**{}))
print(*[1, 2, 3], sep="-")
x, y = y, x = 1, 2
print(x, y)
a = b = c = []
a.append(1)
print(b, c is a)
nums = [1, 2, 3]
nums[0], nums[2] = nums[2], nums[0]
print(nums)
i, nums[i] = 1, 99
print(i, nums)
gen = (x * 2 for x in range(4))
print(sum(gen), sum(gen))
words = ["apple", "bob", "kayak", "level", "tree"]
print({w: w == w[::-1] for w in words}, [w for w in words if len(w) == len(set(w))])
pairs = dict(zip(range(3), "abc"))
print({v: k for k, v in pairs.items()}, dict(map(reversed, pairs.items())))
grid = [[(r, c) for c in range(2)] for r in range(2)]
print(grid, [cell for row in grid for cell in row if sum(cell) == 1])
print([[1 if r == c else 0 for c in range(3)] for r in range(3)])
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
x = 10
squares = [x for x in range(3)]
print(x, squares)
print([(lambda v: v + k)(1) for k in range(3)], list(filter(lambda w: w.startswith("b"), words)))
print(sorted(((w, len(w)) for w in words), key=lambda t: (t[1], t[0]), reverse=True)[:3])
