# expect: RecursionError
d = {}
for i in range(200000):
    d = {1: d}.items()
repr(d)
