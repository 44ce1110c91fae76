# expect: SyntaxError,RecursionError,MemoryError
eval('f(' * 200000 + ')' * 200000)
