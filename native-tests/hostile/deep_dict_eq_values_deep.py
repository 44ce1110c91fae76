# expect: RecursionError
a = b = 0
for i in range(200000):
    a = {1: [a]}
    b = {1: [b]}
a == b
