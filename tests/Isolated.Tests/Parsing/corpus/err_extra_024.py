def f(self, *args, **kwargs, x): pass
