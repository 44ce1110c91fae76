# Recursion classics: n-queens, towers of Hanoi, permutations, subsets, flood fill, sudoku solver.
import sys


def queens(n):
    solutions = []
    cols, diag1, diag2 = set(), set(), set()
    board = []

    def place(r):
        if r == n:
            solutions.append(list(board))
            return
        for c in range(n):
            if c in cols or r - c in diag1 or r + c in diag2:
                continue
            cols.add(c); diag1.add(r - c); diag2.add(r + c); board.append(c)
            place(r + 1)
            cols.remove(c); diag1.remove(r - c); diag2.remove(r + c); board.pop()
    place(0)
    return solutions


for n in range(1, 9):
    print(n, len(queens(n)))
first = queens(6)[0]
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(6)))


def hanoi(n, src="A", via="B", dst="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, dst, via, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, src, dst, moves)
    return moves


print(hanoi(3), len(hanoi(10)))


def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            yield [x] + rest


print(["".join(p) for p in perms("abc")], sum(1 for _ in perms(list(range(6)))))


def subsets_sum(nums, target):
    out = []

    def go(i, chosen, total):
        if total == target:
            out.append(tuple(chosen))
        if i == len(nums) or total >= target:
            return
        for j in range(i, len(nums)):
            if j > i and nums[j] == nums[j - 1]:
                continue
            go(j + 1, chosen + [nums[j]], total + nums[j])
    go(0, [], 0)
    return out


print(subsets_sum(sorted([10, 1, 2, 7, 6, 1, 5]), 8))
grid = [list(r) for r in ["..#..", ".##..", "....#", "###.."]]


def fill(r, c, ch):
    if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != ".":
        return 0
    grid[r][c] = ch
    return 1 + sum(fill(r + dr, c + dc, ch) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))


print(fill(0, 0, "a"), fill(3, 4, "b"), ["".join(r) for r in grid])
PUZZLE = ("530070000600195000098000060800060003400803001700020006060000280000419005000080079")


def solve(b):
    try:
        i = b.index("0")
    except ValueError:
        return b
    r, c = divmod(i, 9)
    used = {b[r * 9 + k] for k in range(9)} | {b[k * 9 + c] for k in range(9)}
    br, bc = r // 3 * 3, c // 3 * 3
    used |= {b[(br + dr) * 9 + bc + dc] for dr in range(3) for dc in range(3)}
    for d in "123456789":
        if d not in used:
            res = solve(b[:i] + d + b[i + 1:])
            if res:
                return res
    return None


sol = solve(PUZZLE)
for r in range(0, 81, 27):
    print(sol[r:r + 9], sol[r + 9:r + 18], sol[r + 18:r + 27])


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500), sys.getrecursionlimit() >= 1000)
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)
