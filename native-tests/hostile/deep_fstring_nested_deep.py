# expect: SyntaxError,RecursionError,MemoryError
s = "f'{" * 100000 + "1" + "}'" * 100000
eval(s)
