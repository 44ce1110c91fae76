# expect: SyntaxError,RecursionError,MemoryError
src = "f" + "()" * 100000
eval(src, {"f": lambda: f})
