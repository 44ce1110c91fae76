# expect: RecursionError
a = b = 0
for i in range(200000):
    a = [a]
    b = [b]
max(a, b)
