# expect: SyntaxError,RecursionError,MemoryError
compile('(' * 1000000 + ')' * 1000000, 's', 'exec')
