del a
del a, b
del a.b, a[0]
del (a, b)
del [a, b]
del a[1:2]
del (a)
