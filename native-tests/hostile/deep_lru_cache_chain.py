# expect: RecursionError
import functools
f = abs
for i in range(20000):
    f = functools.lru_cache(f)
f(1)
