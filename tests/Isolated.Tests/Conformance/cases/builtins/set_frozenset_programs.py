# Sets in practice: deduplication preserving order, set algebra for access control, frozenset keys, comprehension filters.
users = {"ann": {"read", "write"}, "bob": {"read"}, "cy": {"read", "write", "admin"}, "dee": set()}
required = {"read", "write"}
print(sorted(u for u, perms in users.items() if required <= perms), sorted(u for u, p in users.items() if not p))
all_perms = set().union(*users.values())
common = set.intersection(*(p for p in users.values() if p))
print(sorted(all_perms), sorted(common), sorted(users["cy"] - users["bob"]), sorted(users["ann"] ^ users["cy"]))
items = [3, 1, 3, 2, 1, 5, 2]
seen = set()
ordered_unique = [x for x in items if not (x in seen or seen.add(x))]
print(ordered_unique, list(dict.fromkeys(items)), sorted(set(items)))
edges = {frozenset({"a", "b"}), frozenset({"b", "a"}), frozenset({"b", "c"})}
print(len(edges), sorted(sorted(e) for e in edges))
s = {1, 2, 3}
s |= {4}
s &= {1, 2, 4, 5}
s -= {2}
s ^= {9, 1}
print(sorted(s), s.isdisjoint({7}), {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2}.issuperset({2}))
s.discard(100)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
print(s.pop() in {4, 9}, len(s), set("hello") == set("ohell"), frozenset([1]) == {1}, {1} == frozenset([1]))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
primes = {n for n in range(2, 50) if all(n % d for d in range(2, n))}
odds = set(range(1, 50, 2))
print(sorted(primes - odds), len(primes & odds), max(primes), sum(primes))
fs = frozenset("abc")
print(sorted(fs | {"d"}), type(fs | {"d"}).__name__, type({"d"} | fs).__name__, hash(fs) == hash(frozenset("cba")))
print(sorted({1, 2}.union([3], (4,))), sorted({1, 2, 3}.difference([1], {2})), sorted({1, 2}.symmetric_difference([2, 3])), {1, 2}.intersection())
