import bisect, heapq, _bisect, _heapq, random
random.seed(1)
a = sorted(random.randrange(50) for _ in range(40))
print([bisect.bisect_left(a, x) for x in range(0, 50, 5)], [bisect.bisect_right(a, x, 3, 30) for x in range(0, 50, 5)])
print(bisect.bisect(a, 10, key=None), bisect.bisect_left([(1, 'a'), (3, 'b')], 2, key=lambda t: t[0]))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]: bisect.insort(b, x); bisect.insort_left(b, -x)
print(b)
c = [('x', 3)]; bisect.insort(c, ('y', 1), key=lambda t: t[1]); print(c)
h = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]: heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(4)], heapq.heapreplace(h, 0), heapq.heappushpop(h, 10), heapq.heappushpop(h, -1), h)
l = [random.random() for _ in range(30)]; heapq.heapify(l); print([round(heapq.heappop(l), 4) for _ in range(5)])
m = [3, 1, 4, 1, 5, 9, 2]; heapq._heapify_max(m); print(m, heapq._heappop_max(m), heapq._heapreplace_max(m, 0), m)
print(heapq.nlargest(3, range(10)), heapq.nsmallest(2, [5, 3, 8]), list(heapq.merge([1, 4], [2, 3])))
for bad in [lambda: heapq.heappush((), 1), lambda: heapq.heappop([]), lambda: heapq.heapify(1), lambda: heapq.heapreplace([], 1), lambda: bisect.bisect_right([], 1, -1), lambda: bisect.bisect_right(1, 1), lambda: bisect.insort_right((), 1), lambda: heapq.heappushpop((), 1)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
class Bad:
    def __lt__(self, o): h2.clear(); return True
h2 = [Bad(), Bad(), Bad()]
try: heapq.heapify(h2)
except Exception as e: print(type(e).__name__, e)
