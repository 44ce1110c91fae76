# expect: RecursionError
g = iter(range(5))
for _ in range(100000):
    g = (x for x in g)
list(g)
