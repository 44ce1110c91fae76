# Recursive solvers: Hanoi, permutations, subset sum, sudoku, flood fill, Ackermann.
import sys
from functools import lru_cache

def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves

print(len(hanoi(10)), hanoi(3))

def perms(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, c in enumerate(s):
        for p in perms(s[:i] + s[i + 1:]):
            out.append(c + p)
    return out

print(perms("abc"), len(perms("abcde")))

def subset_sum(nums, target, i=0, chosen=()):
    if target == 0:
        return chosen
    if i == len(nums) or target < 0:
        return None
    return subset_sum(nums, target - nums[i], i + 1, chosen + (nums[i],)) or subset_sum(nums, target, i + 1, chosen)

print(subset_sum([3, 34, 4, 12, 5, 2], 9), subset_sum([1, 2], 10))

grid = [
    "53..7....", "6..195...", ".98....6.", "8...6...3", "4..8.3..1",
    "7...2...6", ".6....28.", "...419..5", "....8..79",
]
board = [[0 if c == "." else int(c) for c in row] for row in grid]

def ok(b, r, c, v):
    if v in b[r] or any(b[i][c] == v for i in range(9)):
        return False
    br, bc = 3 * (r // 3), 3 * (c // 3)
    return all(b[i][j] != v for i in range(br, br + 3) for j in range(bc, bc + 3))

def solve(b):
    for r in range(9):
        for c in range(9):
            if b[r][c] == 0:
                for v in range(1, 10):
                    if ok(b, r, c, v):
                        b[r][c] = v
                        if solve(b):
                            return True
                        b[r][c] = 0
                return False
    return True

print(solve(board))
for row in board:
    print("".join(map(str, row)))

picture = [list("....##...."), list("...#..#..."), list("..#....#.."), list("...#..#..."), list("....##....")]
def fill(r, c, ch):
    if not (0 <= r < len(picture) and 0 <= c < len(picture[0])) or picture[r][c] != ".":
        return 0
    picture[r][c] = ch
    return 1 + fill(r + 1, c, ch) + fill(r - 1, c, ch) + fill(r, c + 1, ch) + fill(r, c - 1, ch)
print("filled", fill(2, 4, "o"))
print("\n".join("".join(r) for r in picture))

@lru_cache(maxsize=None)
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print([ack(2, n) for n in range(5)], ack(3, 3))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
try:
    depth(10 ** 6)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(500), sys.getrecursionlimit() >= 1000)
