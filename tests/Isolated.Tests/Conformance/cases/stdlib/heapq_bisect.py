# heapq (priority queues, merge, nlargest, task scheduler) and bisect (grades, insort, ranges).
import heapq
import bisect
from dataclasses import dataclass, field

nums = [5, 1, 8, 3, 9, 2, 7]
h = list(nums)
heapq.heapify(h)
print(h[0], [heapq.heappop(h) for _ in range(3)], h)
heapq.heappush(h, 0)
print(heapq.heappushpop(h, 4), heapq.heapreplace(h, 10), sorted(h))
print(heapq.nlargest(3, nums), heapq.nsmallest(2, nums), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), list(heapq.merge("ace", "bd", reverse=False)))
print(list(heapq.merge([9, 4, 1], [8, 2], reverse=True)))


@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)


class Scheduler:
    def __init__(self):
        self.heap = []
        self.counter = 0
        self.removed = set()

    def add(self, name, priority):
        self.counter += 1
        heapq.heappush(self.heap, Task(priority, self.counter, name))

    def cancel(self, name):
        self.removed.add(name)

    def run(self):
        order = []
        while self.heap:
            t = heapq.heappop(self.heap)
            if t.name in self.removed:
                continue
            order.append(f"{t.name}(p{t.priority})")
        return order


s = Scheduler()
for name, pr in [("write", 2), ("read", 1), ("email", 3), ("lunch", 1), ("call", 2)]:
    s.add(name, pr)
s.cancel("email")
print(s.run())


def dijkstra(graph, start):
    dist = {start: 0}
    pq = [(0, start)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dict(sorted(dist.items()))


g = {"a": [("b", 7), ("c", 9), ("f", 14)], "b": [("c", 10), ("d", 15)], "c": [("d", 11), ("f", 2)],
     "d": [("e", 6)], "e": [], "f": [("e", 9)]}
print(dijkstra(g, "a"))


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])
a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect_left(a, 10))
print(bisect.bisect_left(a, 4, lo=4), bisect.bisect_right(a, 4, hi=3))
for x in [3, 8, 4, 0]:
    bisect.insort(a, x)
print(a)
recs = [("ann", 31), ("bob", 25), ("cy", 40)]
recs.sort(key=lambda r: r[1])
ages = [r[1] for r in recs]
print(recs[bisect.bisect_left(ages, 30)], bisect.bisect_left(recs, 30, key=lambda r: r[1]))
bisect.insort(recs, ("dee", 33), key=lambda r: r[1])
print(recs)


def count_in_range(sorted_list, lo, hi):
    return bisect.bisect_right(sorted_list, hi) - bisect.bisect_left(sorted_list, lo)


print(count_in_range(a, 2, 7), count_in_range(a, 100, 200))
running = []
medians = []
for x in [5, 15, 1, 3, 8, 7, 9, 10]:
    bisect.insort(running, x)
    n = len(running)
    medians.append(running[n // 2] if n % 2 else (running[n // 2 - 1] + running[n // 2]) / 2)
print(medians)
