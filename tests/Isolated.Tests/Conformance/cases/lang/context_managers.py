class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError
with Resource("a") as r:
    print("inside", r.name)
with Resource("b"):
    raise KeyError("suppressed")
print("after suppressed")
try:
    with Resource("c"), Resource("d"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
import contextlib
@contextlib.contextmanager
def managed():
    print("setup")
    yield 42
    print("teardown")
with managed() as v:
    print("value", v)
