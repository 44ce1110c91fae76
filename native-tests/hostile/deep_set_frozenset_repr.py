# expect: RecursionError
f = frozenset()
for i in range(200000):
    f = frozenset([f])
repr(f)
