# expect: RecursionError
import collections
d = collections.OrderedDict()
for i in range(20000):
    d = collections.OrderedDict(k=d)
repr(d)
