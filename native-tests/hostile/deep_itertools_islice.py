# expect: RecursionError
import itertools
it = iter([1])
for i in range(300000):
    it = itertools.islice(it, 5)
next(it)
