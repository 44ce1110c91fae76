# expect: RecursionError
s = None
for i in range(200000):
    s = slice(s)
repr(s)
