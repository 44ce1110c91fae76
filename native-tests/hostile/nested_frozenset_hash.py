# expect: RecursionError
s = frozenset()
for i in range(200000):
    s = frozenset([s])
{s: 1}
s == frozenset([s])
hash(frozenset([s, 1]))
repr(s)
