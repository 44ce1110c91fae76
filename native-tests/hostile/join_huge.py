# expect: MemoryError,OverflowError
s = 'x' * 2**20
''.join([s] * 2**21)
