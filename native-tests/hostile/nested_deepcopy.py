# expect: RecursionError
import copy
d = {}
for i in range(200000):
    d = {'x': [d]}
copy.deepcopy(d)
