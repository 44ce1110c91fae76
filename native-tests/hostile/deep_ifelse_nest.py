# expect: SyntaxError,RecursionError,MemoryError
src = "1 if 1 else " * 100000 + "1"
compile(src, "s", "eval")
