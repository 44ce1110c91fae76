# expect: RecursionError
g = iter([1])
for i in range(200000):
    g = (x for x in g)
next(g)
