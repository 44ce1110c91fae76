import sys
from functools import cache


def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves


print(len(hanoi(10)), hanoi(3))


def permutations(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in permutations(s[:i] + s[i + 1:])]


print(permutations("abc"), len(set(permutations("aabb"))))


def queens(n):
    sols = []

    def place(row, cols, d1, d2, acc):
        if row == n:
            sols.append(acc)
            return
        for c in range(n):
            if c not in cols and row - c not in d1 and row + c not in d2:
                place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, acc + [c])

    place(0, frozenset(), frozenset(), frozenset(), [])
    return sols


print(len(queens(6)), queens(6)[0], len(queens(8)))


@cache
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print([partitions(i, i) for i in range(1, 15)], partitions(100, 100))


def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x


print(list(flatten([1, [2, (3, [4, [5]])], [], [[6]]])))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(900))
try:
    depth(10 ** 6)
except RecursionError as e:
    print("RecursionError:", e)


def collatz_len(n, memo={1: 1}):
    if n not in memo:
        memo[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return memo[n]


best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "fig", "Elder"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))
print(sorted(enumerate(words), key=lambda p: p[1][::-1])[:3])
data = [("ann", 3, 9.5), ("bob", 3, 8.0), ("cid", 1, 9.5), ("dee", 2, 7.25)]
print(sorted(data, key=lambda r: (-r[2], r[1])))
import operator
print(sorted(data, key=operator.itemgetter(1, 0)), min(data, key=operator.itemgetter(2)))
