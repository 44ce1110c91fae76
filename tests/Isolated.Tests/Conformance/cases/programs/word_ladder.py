# Word ladder (BFS over one-letter edits with wildcard buckets), plus anagram chains and a Boggle-style grid search.
from collections import defaultdict, deque

WORDS = """cold cord card ward warm worm word wore core care dare date gate late lame came cane cone bone bane
wane wine fine fire hire here hare bare bore more mare made mode code rode ride wide wise vise""".split()


def buckets(words):
    b = defaultdict(list)
    for w in words:
        for i in range(len(w)):
            b[w[:i] + "_" + w[i + 1:]].append(w)
    return b


def ladder(start, goal, words):
    b = buckets(words)
    prev = {start: None}
    q = deque([start])
    while q:
        w = q.popleft()
        if w == goal:
            path = []
            while w:
                path.append(w)
                w = prev[w]
            return path[::-1]
        for i in range(len(w)):
            for nxt in sorted(b[w[:i] + "_" + w[i + 1:]]):
                if nxt not in prev:
                    prev[nxt] = w
                    q.append(nxt)
    return None


for a, z in [("cold", "warm"), ("came", "wise"), ("bone", "fire"), ("cold", "xyzw")]:
    p = ladder(a, z, WORDS)
    print(a, z, " -> ".join(p) if p else "no ladder", len(p) - 1 if p else -1)
GRID = ["care", "odra", "lwem", "dito"]


def find_words(grid, words):
    n = len(grid)
    found = set()

    def dfs(r, c, prefix, seen):
        prefix += grid[r][c]
        if not any(w.startswith(prefix) for w in words):
            return
        if prefix in words:
            found.add(prefix)
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                nr, nc = r + dr, c + dc
                if 0 <= nr < n and 0 <= nc < n and (nr, nc) not in seen:
                    dfs(nr, nc, prefix, seen | {(nr, nc)})
    for r in range(n):
        for c in range(n):
            dfs(r, c, "", {(r, c)})
    return sorted(found)


print(find_words(GRID, set(WORDS)))
