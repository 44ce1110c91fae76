# expect: RecursionError
t = str
for i in range(300000):
    t = (t,)
issubclass(int, t)
