# expect: SyntaxError,RecursionError,MemoryError
src = "**".join(["1"] * 100000)
eval(src)
