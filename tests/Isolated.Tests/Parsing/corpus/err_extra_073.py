def f(**kw, **kw2): pass
