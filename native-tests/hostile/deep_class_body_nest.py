# expect: SyntaxError,RecursionError,MemoryError
src = ""
for i in range(3000):
    src += " " * i + "class C:\n"
src += " " * 3000 + "pass\n"
exec(src)
