# expect: SyntaxError,RecursionError,MemoryError
src = "x" + ".real" * 100000
eval(src, {"x": 1})
