# expect: SyntaxError,RecursionError,MemoryError
compile('-' * 1000000 + '1', 's', 'eval')
