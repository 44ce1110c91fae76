def f(*, /, a): pass
