# expect: SyntaxError,RecursionError,MemoryError
src = ''.join('\t' * i + 'def f():\n' for i in range(99)) + '\t' * 99 + 'return 1\n'
code = compile(src, 's', 'exec')
src = ''.join(' ' * i + 'def f():\n' for i in range(5000)) + ' ' * 5000 + 'return 1\n'
compile(src, 's', 'exec')
