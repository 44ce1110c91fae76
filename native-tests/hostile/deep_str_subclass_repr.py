# expect: RecursionError
l = []
for i in range(200000):
    l = [l, "s"]
print(l)
