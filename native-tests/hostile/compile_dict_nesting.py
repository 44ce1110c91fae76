# expect: SyntaxError,RecursionError,MemoryError
eval('{1:' * 100000 + '1' + '}' * 100000)
