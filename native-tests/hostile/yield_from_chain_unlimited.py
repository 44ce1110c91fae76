# expect: RecursionError,MemoryError
import sys
sys.setrecursionlimit(10**9)
def wrap(inner):
    yield from inner
g = iter([1, 2])
for _ in range(200000):
    g = wrap(g)
list(g)
