# expect: RecursionError
it = iter([1])
for i in range(300000):
    it = enumerate(it)
next(it)
