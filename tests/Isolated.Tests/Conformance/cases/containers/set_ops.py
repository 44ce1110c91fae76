# set and frozenset
s = {3, 1, 2}
print(s, set(), frozenset(), frozenset([2, 1]), {1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3})
s.add(4); s.discard(10); s.remove(1)
print(s, len(s), 2 in s, 1 in s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
print(sorted(s.union([7], (8,))), s.intersection({2, 3, 9}), s.difference([2]), s.symmetric_difference([3, 5]))
t = set(range(10))
t -= {1, 2}
t &= set(range(8))
t ^= {0, 100}
t |= {50}
print(sorted(t))
print({1} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1}.issubset([1, 2]), {1, 2}.issuperset((1,)), {1}.isdisjoint([2]))
print({1, 2} == frozenset({1, 2}), frozenset({1}) in {frozenset({1})}, {1} in {frozenset({1})})
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset(range(50))) == hash(frozenset(reversed(range(50)))))
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    {1} | [2]
except TypeError as e:
    print(e)
big = set(range(0, 100000, 3))
print(len(big), 99999 in big, 99998 in big, len(big & set(range(0, 100000, 5))))
for i in range(0, 100000, 6):
    big.discard(i)
print(len(big), min(big), max(big))
print(set(range(20)), set([-5, -1, 0, 5]))
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print(e)
class S(set):
    pass
print(S([1, 2]), type(S([1]) | {2}).__name__, frozenset[int], set[str])
