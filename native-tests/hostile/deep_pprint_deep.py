# expect: RecursionError
import pprint
l = []
for i in range(200000):
    l = [l]
pprint.pformat(l)
