# expect: SyntaxError,RecursionError,MemoryError
src = "[" * 100000 + "]" * 100000
exec(src)
