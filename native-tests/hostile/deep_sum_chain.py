# expect: RecursionError
it = iter([1])
for i in range(300000):
    it = map(abs, it)
sum(it)
