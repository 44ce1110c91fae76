# expect: RecursionError
import copy
d = {}
for i in range(200000):
    d = {"k": d}
copy.deepcopy(d)
