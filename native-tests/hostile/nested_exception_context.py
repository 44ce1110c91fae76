# expect: RecursionError
e = Exception()
for i in range(200000):
    e = Exception(e)
str(e)
