# expect: ok
l = []
l.append(l)
print(l == l, repr(l))
d = {}
d[1] = d
print(repr(d))
