# expect: SyntaxError,RecursionError,MemoryError
src = '1'
for i in range(3000):
    src = 'f"{' + src + '}"' if i % 2 == 0 else "f'{" + src + "}'"
compile(src, 's', 'eval')
