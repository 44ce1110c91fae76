# expect: SyntaxError,RecursionError,MemoryError
src = "not " * 100000 + "1"
eval(src)
