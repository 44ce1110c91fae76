# expect: RecursionError
g = iter(range(10))
for _ in range(300000):
    g = filter(None, zip(g))
list(g)
