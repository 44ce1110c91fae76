# expect: MemoryError,terminated
# memory-limit: 100000000
# budget-ms: 5000
d = {}
i = 0
while True:
    d[i] = i
    i += 1
