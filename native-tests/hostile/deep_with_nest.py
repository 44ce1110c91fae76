# expect: SyntaxError,RecursionError,MemoryError
src = "with " + ", ".join(["open(__file__ if False else '/dev/null') as f%d" % i for i in range(5000)]) + ": pass"
exec(src)
