# expect: RecursionError
s = t = None
for i in range(200000):
    s = slice(s)
    t = slice(t)
s == t
