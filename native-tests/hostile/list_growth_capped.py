# expect: MemoryError
# memory-limit: 50000000
l = []
while True:
    l.append(None)
