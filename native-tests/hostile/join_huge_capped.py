# expect: MemoryError
# memory-limit: 50000000
s = 'x' * 2**20
''.join([s] * 2**10)
