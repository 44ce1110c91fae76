# itertools pipelines and statistics over a fake sensor dataset, heapq/bisect top-k.
import bisect
import heapq
import itertools
import operator
import random
import statistics
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict

Reading = namedtuple("Reading", "sensor hour value")
rng = random.Random(2024)
readings = [Reading(f"s{rng.randint(1, 4)}", h, round(rng.gauss(20, 5), 2)) for h in range(48)]
print(readings[:3])

by_sensor = defaultdict(list)
for r in readings:
    by_sensor[r.sensor].append(r.value)
for s in sorted(by_sensor):
    vals = by_sensor[s]
    print(s, len(vals), round(statistics.mean(vals), 3), round(statistics.stdev(vals), 3), statistics.median(vals))

vals = [r.value for r in readings]
print("quantiles", [round(q, 2) for q in statistics.quantiles(vals, n=4)])
print("mode", statistics.mode([int(v) for v in vals]), "multimode", statistics.multimode([1, 1, 2, 2, 3]))
print("fmean", round(statistics.fmean(vals), 4), "geometric", round(statistics.geometric_mean([1, 2, 4, 8]), 6), "harmonic", statistics.harmonic_mean([40, 60]))
print("pvariance", round(statistics.pvariance(vals), 4))
xs = list(range(10))
ys = [2 * x + 1 + (x % 3) for x in xs]
print("corr", round(statistics.correlation(xs, ys), 6), statistics.linear_regression(xs, ys))
nd = statistics.NormalDist(100, 15)
print(round(nd.cdf(130), 6), round(nd.inv_cdf(0.975), 4), nd + statistics.NormalDist(0, 20))

print(list(itertools.islice(itertools.accumulate(vals, max), 0, 48, 8)))
print([(k, len(list(g))) for k, g in itertools.groupby(sorted(r.sensor for r in readings))])
pairs = itertools.pairwise(readings[:6])
print([round(b.value - a.value, 2) for a, b in pairs])
print(list(itertools.batched(range(10), 4)) if hasattr(itertools, "batched") else None)
print(list(itertools.starmap(operator.mul, zip(range(5), itertools.count(10, 5)))))
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(itertools.filterfalse(str.isdigit, "a1b2c3")))
print(list(itertools.zip_longest("abc", [1, 2], fillvalue="?")), list(itertools.product("ab", repeat=2)))
print(len(list(itertools.combinations(range(8), 3))), list(itertools.combinations_with_replacement("xy", 2)))
print(list(itertools.takewhile(lambda v: v < 25, vals))[:5], next(itertools.dropwhile(lambda v: v < 25, vals)))
print(list(itertools.chain.from_iterable([[1, 2], (3,), "ab"])), list(itertools.repeat("z", 3)), list(itertools.tee(iter([1, 2]), 2)[1]))

top3 = heapq.nlargest(3, readings, key=operator.attrgetter("value"))
print([(r.sensor, r.value) for r in top3], heapq.nsmallest(2, vals))
heap = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(heap, -v)
print([-heapq.heappop(heap) for _ in range(3)], list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
grades = [(60, "F"), (70, "D"), (80, "C"), (90, "B")]
cut = [g[0] for g in grades]
def grade(score):
    i = bisect.bisect_right(cut, score)
    return "A" if i == len(cut) else (grades[i - 1][1] if i else "F")
print([grade(s) for s in [33, 60, 75, 89, 90, 100]])
sl = []
for v in [5, 2, 8, 2, 7]:
    bisect.insort(sl, v)
print(sl, bisect.bisect_left(sl, 2), bisect.bisect(sl, 2, key=None))
window = deque(maxlen=3)
moving = []
for v in vals[:8]:
    window.append(v)
    moving.append(round(sum(window) / len(window), 2))
print(moving)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.popitem(last=False)
print(list(od), Counter("abracadabra").most_common(3), sorted(Counter(a=3, b=1).elements()))
