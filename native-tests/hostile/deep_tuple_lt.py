# expect: RecursionError
a = ()
b = ()
for i in range(200000):
    a = (a,)
    b = (b, 1)
a < b
