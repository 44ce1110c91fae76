# expect: RecursionError
d = {}
for i in range(200000):
    d = {'k': d}
str(d)
