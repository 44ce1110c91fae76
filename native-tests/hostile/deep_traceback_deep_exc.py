# expect: RecursionError
def f(): f()
f()
