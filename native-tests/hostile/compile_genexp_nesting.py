# expect: SyntaxError,RecursionError,MemoryError
src = 'x'
for i in range(10000):
    src = f'(y for y in {src})'
eval(src, {'x': []})
