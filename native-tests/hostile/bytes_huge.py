# expect: MemoryError,OverflowError
bytes(2**40)
