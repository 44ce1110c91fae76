# expect: SyntaxError,RecursionError,MemoryError
src = ""
for i in range(300):
    src += " " * i + "try:\n"
src += " " * 300 + "pass\n"
for i in range(299, -1, -1):
    src += " " * i + "finally: pass\n"
exec(src)
