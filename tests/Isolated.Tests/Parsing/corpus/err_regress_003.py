def f(a=1, e**r=None): pass
