# expect: SyntaxError,RecursionError,MemoryError
src = "{1:" * 50000 + "1" + "}" * 50000
eval(src)
