def g():
    x = yield 1
    return x
