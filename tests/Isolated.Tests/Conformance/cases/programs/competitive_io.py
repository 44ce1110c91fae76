# Competitive-programming style: fast input via sys.stdin, processing queries, output joined once.
import sys
from collections import deque

input = sys.stdin.readline
n, m = map(int, input().split())
adj = [[] for _ in range(n + 1)]
for _ in range(m):
    a, b = map(int, input().split())
    adj[a].append(b)
    adj[b].append(a)
q = int(input())
queries = [tuple(map(int, input().split())) for _ in range(q)]


def bfs(src):
    dist = [-1] * (n + 1)
    dist[src] = 0
    dq = deque([src])
    while dq:
        u = dq.popleft()
        for v in adj[u]:
            if dist[v] < 0:
                dist[v] = dist[u] + 1
                dq.append(v)
    return dist


cache = {}
out = []
for s, t in queries:
    if s not in cache:
        cache[s] = bfs(s)
    out.append(str(cache[s][t]))
sys.stdout.write("\n".join(out) + "\n")
rest = sys.stdin.read().split()
nums = list(map(int, rest))
print(len(nums), sum(nums), max(nums), sorted(nums)[len(nums) // 2])
prefix = [0]
for x in nums:
    prefix.append(prefix[-1] + x)
print(" ".join(str(prefix[r] - prefix[l]) for l, r in [(0, 3), (2, 5), (1, len(nums))]))
print(*sorted(set(nums))[:5], sep=",")
