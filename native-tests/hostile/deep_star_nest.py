# expect: SyntaxError,RecursionError,MemoryError
src = "[*" * 50000 + "[]" + "]" * 50000
eval(src)
