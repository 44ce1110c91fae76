# expect: SyntaxError,RecursionError,MemoryError
src = "lambda: " * 100000 + "1"
compile(src, "s", "eval")
