# expect: SyntaxError,RecursionError,MemoryError
src = ''.join(' ' * i + 'if 1:\n' for i in range(2000)) + ' ' * 2000 + 'pass\n'
compile(src, 's', 'exec')
