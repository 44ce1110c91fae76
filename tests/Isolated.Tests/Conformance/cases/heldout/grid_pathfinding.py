import heapq
from collections import deque

MAZE = """\
##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#..#.#
###.#.##.#
#.....#..#
#.###...E#
##########"""

grid = [list(row) for row in MAZE.splitlines()]
H, W = len(grid), len(grid[0])
start = next((r, c) for r in range(H) for c in range(W) if grid[r][c] == "S")
end = next((r, c) for r in range(H) for c in range(W) if grid[r][c] == "E")
print("size", H, W, "start", start, "end", end)

def neighbors(r, c):
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < H and 0 <= nc < W and grid[nr][nc] != "#":
            yield nr, nc

def bfs(s, e):
    prev = {s: None}
    q = deque([s])
    while q:
        cur = q.popleft()
        if cur == e:
            break
        for nb in neighbors(*cur):
            if nb not in prev:
                prev[nb] = cur
                q.append(nb)
    path = []
    node = e
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1]

path = bfs(start, end)
print("bfs length", len(path) - 1)
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))

def astar(s, e):
    def h(p):
        return abs(p[0] - e[0]) + abs(p[1] - e[1])
    openq = [(h(s), 0, s)]
    g = {s: 0}
    expanded = 0
    while openq:
        f, cost, cur = heapq.heappop(openq)
        if cur == e:
            return cost, expanded
        if cost > g[cur]:
            continue
        expanded += 1
        for nb in neighbors(*cur):
            nc = cost + 1
            if nc < g.get(nb, float("inf")):
                g[nb] = nc
                heapq.heappush(openq, (nc + h(nb), nc, nb))
    return None, expanded
print("astar", astar(start, end))

graph = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
}
def dijkstra(src):
    dist = {v: float("inf") for v in graph}
    prev = dict.fromkeys(graph)
    dist[src] = 0
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist[u]:
            continue
        for v, w in sorted(graph[u].items()):
            if d + w < dist[v]:
                dist[v], prev[v] = d + w, u
                heapq.heappush(pq, (d + w, v))
    return dist, prev
dist, prev = dijkstra("A")
for v in sorted(graph):
    p, node = [], v
    while node:
        p.append(node)
        node = prev[node]
    print(f"A->{v}: {dist[v]:>3}  {' -> '.join(reversed(p))}")

def flood_fill(img, r, c, new):
    old = img[r][c]
    if old == new:
        return img
    stack = [(r, c)]
    while stack:
        y, x = stack.pop()
        if 0 <= y < len(img) and 0 <= x < len(img[0]) and img[y][x] == old:
            img[y][x] = new
            stack.extend([(y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)])
    return img
img = [list("..##...."), list(".#..#..."), list(".#..#.##"), list("..##...#")]
print("\n".join(map("".join, flood_fill(img, 1, 2, "o"))))
islands = ["11000", "11000", "00100", "00011"]
seen = set()
def sink(r, c):
    if (r, c) in seen or not (0 <= r < 4 and 0 <= c < 5) or islands[r][c] == "0":
        return 0
    seen.add((r, c))
    return 1 + sum(sink(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))
sizes = [s for r in range(4) for c in range(5) if (s := sink(r, c))]
print("islands", len(sizes), sizes)
