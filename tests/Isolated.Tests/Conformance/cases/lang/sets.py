a = {1, 2, 3}
b = {3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
a.add(10); a.discard(99); a.remove(1)
print(sorted(a), len(a), 2 in a, {1, 2} <= {1, 2, 3}, {1} < {1})
fs = frozenset([1, 2])
print(sorted(fs), fs == {1, 2}, hash(fs) == hash(frozenset([2, 1])))
print(set(), sorted(set([3, 1, 3])), {x % 4 for x in range(10)} == {0, 1, 2, 3})
try:
    a.remove(1000)
except KeyError as e:
    print("KeyError:", e)
print(len({(1, 2), (1, 2), (2, 1)}))
