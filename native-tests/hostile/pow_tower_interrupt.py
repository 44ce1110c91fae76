# expect: KeyboardInterrupt,MemoryError
# interrupt-after-ms: 300
x = 7**(7**10)
