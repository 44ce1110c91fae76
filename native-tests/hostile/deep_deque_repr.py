# expect: RecursionError
import collections
d = collections.deque()
for i in range(200000):
    d = collections.deque([d])
repr(d)
