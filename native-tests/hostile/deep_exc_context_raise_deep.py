# expect: ValueError
e = None
for i in range(200000):
    n = ValueError(i)
    n.__context__ = e
    e = n
raise e
