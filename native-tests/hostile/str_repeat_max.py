# expect: MemoryError,OverflowError
x = "xy" * 2**62
