# expect: MemoryError,OverflowError
[0] * 2**40
