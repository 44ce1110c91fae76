def f():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from g()
    await_ = (yield)
    z = yield a, *b
