# expect: RecursionError
import functools
def f(a, b):
    return functools.reduce(f, [a, b])
functools.reduce(f, [1, 2, 3])
