# expect: RecursionError
t = int
for i in range(300000):
    t = (t,)
isinstance(1, t)
