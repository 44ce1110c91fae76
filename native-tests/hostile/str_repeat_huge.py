# expect: MemoryError,OverflowError
# valgrind: run
'x' * 2**40
