def f(a, *, b=1, **k, c): pass
