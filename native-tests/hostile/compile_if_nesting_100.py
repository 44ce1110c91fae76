# expect: SyntaxError
# CPython's limit: 100 levels of indentation ("too many levels of indentation").
src = ''.join(' ' * i + 'if 1:\n' for i in range(101)) + ' ' * 101 + 'pass\n'
compile(src, 's', 'exec')
