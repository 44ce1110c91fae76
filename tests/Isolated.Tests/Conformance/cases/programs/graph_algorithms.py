# Graph algorithms on a small road map: BFS, Dijkstra with heapq, topological sort (graphlib and
# Kahn), union-find for Kruskal's MST, Floyd-Warshall, and memoised path counting.
import heapq
from collections import deque, defaultdict
from functools import lru_cache
from graphlib import TopologicalSorter, CycleError
from itertools import permutations

ROADS = [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15), ("C", "D", 11),
         ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("F", "G", 3), ("G", "E", 4)]
graph = defaultdict(dict)
for a, b, w in ROADS:
    graph[a][b] = w
    graph[b][a] = w
nodes = sorted(graph)

def bfs(start):
    order, seen, queue = [], {start}, deque([start])
    while queue:
        n = queue.popleft()
        order.append(n)
        for m in sorted(graph[n]):
            if m not in seen:
                seen.add(m)
                queue.append(m)
    return order

def dijkstra(start):
    dist = {start: 0}
    prev = {}
    heap = [(0, start)]
    while heap:
        d, n = heapq.heappop(heap)
        if d > dist.get(n, float("inf")):
            continue
        for m, w in sorted(graph[n].items()):
            nd = d + w
            if nd < dist.get(m, float("inf")):
                dist[m] = nd
                prev[m] = n
                heapq.heappush(heap, (nd, m))
    return dist, prev

def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]

print(bfs("A"), bfs("E"))
dist, prev = dijkstra("A")
for n in nodes:
    print(n, dist[n], "->".join(path(prev, n)))

parent = {n: n for n in nodes}
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
mst = []
for a, b, w in sorted(ROADS, key=lambda r: (r[2], r[0], r[1])):
    ra, rb = find(a), find(b)
    if ra != rb:
        parent[ra] = rb
        mst.append((a, b, w))
print(mst, sum(w for *_, w in mst))

INF = float("inf")
fw = {a: {b: (0 if a == b else graph[a].get(b, INF)) for b in nodes} for a in nodes}
for k in nodes:
    for i in nodes:
        for j in nodes:
            if fw[i][k] + fw[k][j] < fw[i][j]:
                fw[i][j] = fw[i][k] + fw[k][j]
print("   " + " ".join(f"{n:>3}" for n in nodes))
for i in nodes:
    print(f"{i:>3}" + " ".join(f"{fw[i][j]:>3}" for j in nodes))
print(all(fw[n][m] == dijkstra(n)[0][m] for n in nodes for m in nodes))

deps = {"app": {"lib", "utils"}, "lib": {"core"}, "utils": {"core", "log"}, "tests": {"app"}, "core": set(), "log": set()}
ts = TopologicalSorter(deps)
ts.prepare()
levels = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    levels.append(ready)
    ts.done(*ready)
print(levels)
indeg = {n: 0 for n in deps}
rev = defaultdict(list)
for n, ds in deps.items():
    for d in ds:
        indeg[n] += 1
        rev[d].append(n)
queue = sorted(n for n, d in indeg.items() if d == 0)
order = []
while queue:
    n = queue.pop(0)
    order.append(n)
    for m in sorted(rev[n]):
        indeg[m] -= 1
        if indeg[m] == 0:
            queue.append(m)
    queue.sort()
print(order)
try:
    list(TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except CycleError as e:
    print("CycleError", e.args[0], sorted(e.args[1]))

grid = ["..#....", ".##.#..", "....#.#", "#.#....", "...#.#."]
@lru_cache(maxsize=None)
def count_paths(r, c):
    if r >= len(grid) or c >= len(grid[0]) or grid[r][c] == "#":
        return 0
    if (r, c) == (len(grid) - 1, len(grid[0]) - 1):
        return 1
    return count_paths(r + 1, c) + count_paths(r, c + 1)
print(count_paths(0, 0), count_paths.cache_info().currsize)
cities = {"A": (0, 0), "B": (3, 4), "C": (6, 0), "D": (3, -4)}
def tour_len(t):
    pts = [cities[c] for c in ("A",) + t + ("A",)]
    return sum(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5 for (x1, y1), (x2, y2) in zip(pts, pts[1:]))
best = min(permutations("BCD"), key=lambda t: (tour_len(t), t))
print(best, round(tour_len(best), 3))
