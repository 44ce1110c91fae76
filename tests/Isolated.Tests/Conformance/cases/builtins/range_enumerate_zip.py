# range/enumerate/zip/reversed/sorted in everyday loops: index arithmetic, pairwise differences, transposition, chunking.
temps = [12, 15, 11, 18, 21, 19, 25]
diffs = [b - a for a, b in zip(temps, temps[1:])]
print(diffs, max(range(len(diffs)), key=diffs.__getitem__), [i for i, d in enumerate(diffs) if d < 0])
for i, (a, b) in enumerate(zip("abc", range(10, 40, 10)), start=1):
    print(i, a, b, end="; ")
print()
names, ages = zip(*[("ann", 31), ("bob", 25), ("cy", 40)])
print(names, ages, dict(zip(names, ages)), list(zip(names, ages, strict=True))[-1])
grid = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print([list(col) for col in zip(*grid)], [row[::-1] for row in grid], [list(r) for r in zip(*grid[::-1])])
print([grid[r][c] for r in range(3) for c in range(4) if (r + c) % 2 == 0])
seq = list(range(1, 11))
print([seq[i:i + 3] for i in range(0, len(seq), 3)], list(range(10, 0, -2)), list(reversed(range(5))), range(7)[-2])
r = range(5, 50, 5)
print(len(r), r.index(25), r.count(30), 45 in r, 46 in r, r[2:5], r[::-1][0], sum(r), min(r), list(r[-3:]))
print(list(enumerate("xyz", -1)), [(i, c) for i, c in enumerate("hello") if c == "l"], dict(enumerate("ab")))
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(f"({i},{j})", end=" ")
print()
total = 0
for i in range(1, 101):
    if i % 7:
        continue
    total += i
else:
    print("loop completed, total", total)
for x in []:
    pass
else:
    print("empty loop else")
n = 0
while n < 100:
    n = n * 2 + 1
else:
    print("while else", n)
print(sorted(zip([3, 1, 2], "cab")), list(zip(range(3), range(10, 13), range(20, 23))), list(map(sum, zip([1, 2], [3, 4], [5, 6]))))
print(list(range(0)), list(range(-3)), list(range(2, -3, -1)), range(3) == range(0, 3, 1), range(0) == range(5, 5), hash(range(3)) == hash(range(0, 3)))
