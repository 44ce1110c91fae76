# expect: MemoryError,OverflowError
bytearray(2**40)
