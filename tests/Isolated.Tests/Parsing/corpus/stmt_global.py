def f():
    global a, b
    nonlocal_ = 1
def g():
    x = 1
    def h():
        nonlocal x
