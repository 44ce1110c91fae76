def solve_n_queens(n):
    solutions = []
    cols, diag1, diag2 = set(), set(), set()
    board = [-1] * n
    def place(row):
        if row == n:
            solutions.append(board[:])
            return
        for c in range(n):
            if c in cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            board[row] = c
            place(row + 1)
            cols.remove(c); diag1.remove(row - c); diag2.remove(row + c)
    place(0)
    return solutions

for n in range(1, 9):
    print(n, len(solve_n_queens(n)))
first = solve_n_queens(8)[0]
for r in first:
    print(" ".join("Q" if c == r else "." for c in range(8)))

def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i, x in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append([x] + p)
    return out
print(len(permutations(list(range(5)))), permutations([1, 2, 3]))

def subsets_sum(nums, target):
    res = []
    def go(i, chosen, total):
        if total == target:
            res.append(tuple(chosen))
        if i == len(nums) or total >= target:
            return
        for j in range(i, len(nums)):
            if j > i and nums[j] == nums[j - 1]:
                continue
            chosen.append(nums[j])
            go(j + 1, chosen, total + nums[j])
            chosen.pop()
    go(0, [], 0)
    return res
print(subsets_sum(sorted([10, 1, 2, 7, 6, 1, 5]), 8))

def sudoku(grid):
    def ok(r, c, v):
        if v in grid[r]: return False
        if any(grid[i][c] == v for i in range(9)): return False
        br, bc = 3 * (r // 3), 3 * (c // 3)
        return all(grid[i][j] != v for i in range(br, br + 3) for j in range(bc, bc + 3))
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                for v in range(1, 10):
                    if ok(r, c, v):
                        grid[r][c] = v
                        if sudoku(grid):
                            return True
                        grid[r][c] = 0
                return False
    return True

puzzle = """
530070000
600195000
098000060
800060003
400803001
700020006
060000280
000419005
000080079"""
grid = [list(map(int, line)) for line in puzzle.strip().splitlines()]
print(sudoku(grid))
for i, row in enumerate(grid):
    if i % 3 == 0 and i:
        print("------+-------+------")
    print(" | ".join(" ".join(map(str, row[k:k + 3])) for k in range(0, 9, 3)))

def word_search(board, word):
    R, C = len(board), len(board[0])
    def dfs(r, c, k, seen):
        if k == len(word):
            return True
        if not (0 <= r < R and 0 <= c < C) or (r, c) in seen or board[r][c] != word[k]:
            return False
        seen.add((r, c))
        found = any(dfs(r + dr, c + dc, k + 1, seen) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)))
        seen.discard((r, c))
        return found
    return any(dfs(r, c, 0, set()) for r in range(R) for c in range(C))
b = ["ABCE", "SFCS", "ADEE"]
print([w for w in ["ABCCED", "SEE", "ABCB", "ASADF"] if word_search(b, w)])
