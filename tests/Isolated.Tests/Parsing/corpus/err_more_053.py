def f(x, *args, y=1, **kw, z): pass
