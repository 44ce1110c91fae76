# expect: SyntaxError,RecursionError,MemoryError
compile('lambda: ' * 100000 + '1', 's', 'eval')
