# expect: RecursionError
import itertools
it = iter([1])
for i in range(300000):
    it = itertools.chain(it)
list(it)
