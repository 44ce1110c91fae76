# expect: MemoryError
# memory-limit: 50000000
keep = []
while True:
    keep.append('y' * 1_000_000)
