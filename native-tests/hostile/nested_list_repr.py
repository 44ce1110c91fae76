# expect: RecursionError
l = []
for i in range(1000000):
    l = [l]
repr(l)
