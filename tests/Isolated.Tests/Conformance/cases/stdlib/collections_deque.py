# _collections: deque and defaultdict, used directly and through collections.
from _collections import deque, defaultdict
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, d.maxlen)
d.rotate(1); print(d)
d.rotate(-2); print(d)
d.extend("ab"); print(d, d.pop(), d.popleft(), list(reversed(d)))
print(deque(), deque("abc") == deque("abc"), deque("ab") < deque("b"), deque("abca").count("a"), deque("abc").index("c"))
e = deque(range(5)); del e[1]; e[0] = "x"; e.insert(1, "y"); e.remove(3); print(e)
e.reverse(); print(e, e.copy(), e + deque([9]), deque([1]) * 3)
e.clear(); print(e, bool(e))
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(2)):
    try:
        bad()
    except (IndexError, ValueError) as ex:
        print(type(ex).__name__, ex)
m = deque([1, 2])
try:
    for x in m:
        m.append(x)
except RuntimeError as ex:
    print("RuntimeError", ex)
class D(deque):
    pass
print(D([1, 2]), D([1], maxlen=2))
dd = defaultdict(list)
dd["x"].append(1); dd["y"]
print(dd, dict(dd), dd.default_factory, dd.copy())
n = defaultdict(None)
try:
    n["missing"]
except KeyError as ex:
    print("KeyError", ex)
try:
    defaultdict(5)
except TypeError as ex:
    print("TypeError", ex)
counts = defaultdict(int)
for c in "mississippi":
    counts[c] += 1
print(sorted(counts.items()))
