# expect: RecursionError
import functools
def c(a, b): return sorted([a, b], key=functools.cmp_to_key(c))[0]
sorted([1, 2, 3], key=functools.cmp_to_key(c))
