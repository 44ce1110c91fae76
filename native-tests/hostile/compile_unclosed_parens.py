# expect: SyntaxError,RecursionError,MemoryError
# valgrind: run
compile('(' * 1000000, 's', 'exec')
