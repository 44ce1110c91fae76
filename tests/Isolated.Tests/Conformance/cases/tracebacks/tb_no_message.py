# conformance: stderr
def f():
    raise NotImplementedError
f()
