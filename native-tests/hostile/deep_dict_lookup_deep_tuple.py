# expect: RecursionError
a = b = 0
for i in range(200000):
    a = (a,)
    b = (b,)
d = {a: 1}
d[b]
