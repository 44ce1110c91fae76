# expect: MemoryError
# valgrind: run
# memory-limit: 50000000
b'x' * 200_000_000
