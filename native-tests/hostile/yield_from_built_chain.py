# expect: RecursionError
# valgrind: run
def wrap(inner):
    yield from inner
g = iter([1, 2])
for _ in range(200000):
    g = wrap(g)
list(g)
