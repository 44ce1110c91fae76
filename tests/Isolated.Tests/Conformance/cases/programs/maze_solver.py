# Maze generation (seeded DFS) and solving (BFS shortest path, A* with heapq), rendered as ASCII.
import random
import heapq
from collections import deque


def generate(w, h, seed):
    rng = random.Random(seed)
    grid = [["#"] * (2 * w + 1) for _ in range(2 * h + 1)]
    stack = [(0, 0)]
    seen = {(0, 0)}
    grid[1][1] = " "
    while stack:
        x, y = stack[-1]
        nbrs = [(x + dx, y + dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))
                if 0 <= x + dx < w and 0 <= y + dy < h and (x + dx, y + dy) not in seen]
        if not nbrs:
            stack.pop()
            continue
        nx, ny = rng.choice(nbrs)
        grid[2 * y + 1 + (ny - y)][2 * x + 1 + (nx - x)] = " "
        grid[2 * ny + 1][2 * nx + 1] = " "
        seen.add((nx, ny))
        stack.append((nx, ny))
    return grid


def bfs(grid, start, goal):
    prev = {start: None}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == goal:
            break
        r, c = cur
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if grid[nr][nc] != "#" and (nr, nc) not in prev:
                prev[(nr, nc)] = cur
                q.append((nr, nc))
    path, node = [], goal
    while node:
        path.append(node)
        node = prev[node]
    return path[::-1], len(prev)


def astar(grid, start, goal):
    def h(p):
        return abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    open_ = [(h(start), 0, start)]
    g = {start: 0}
    expanded = 0
    while open_:
        f, cost, cur = heapq.heappop(open_)
        if cur == goal:
            return cost, expanded
        if cost > g[cur]:
            continue
        expanded += 1
        r, c = cur
        for nxt in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if grid[nxt[0]][nxt[1]] != "#" and cost + 1 < g.get(nxt, 1 << 30):
                g[nxt] = cost + 1
                heapq.heappush(open_, (cost + 1 + h(nxt), cost + 1, nxt))
    return None, expanded


grid = generate(8, 5, seed=11)
start, goal = (1, 1), (len(grid) - 2, len(grid[0]) - 2)
path, visited = bfs(grid, start, goal)
for r, c in path:
    grid[r][c] = "."
grid[start[0]][start[1]], grid[goal[0]][goal[1]] = "S", "G"
print("\n".join("".join(row) for row in grid))
print("path length", len(path) - 1, "visited", visited)
print("A*:", astar(grid, start, goal))
for seed in range(3):
    g2 = generate(6, 6, seed)
    p, v = bfs(g2, (1, 1), (11, 11))
    print(seed, len(p) - 1, v, sum(row.count(" ") for row in g2))
