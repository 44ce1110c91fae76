# expect: SyntaxError,RecursionError,MemoryError
src = "async def f():\n    " + "await " * 100000 + "x\n"
exec(src)
