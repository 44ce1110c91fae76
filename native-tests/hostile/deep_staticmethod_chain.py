# expect: RecursionError
f = lambda: 1
for i in range(200000):
    f = staticmethod(f)
f()
