from contextlib import contextmanager, suppress, ExitStack, nullcontext, closing

class Timer:
    def __init__(self, name):
        self.name = name
        self.log = []

    def __enter__(self):
        self.log.append("enter")
        print(f"start {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append("exit")
        print(f"stop {self.name}", exc_type.__name__ if exc_type else None)
        return exc_type is KeyError

with Timer("a") as t:
    print("inside", t.name)
print(t.log)
with Timer("b"):
    raise KeyError("swallowed")
print("after b")
try:
    with Timer("c"):
        raise ValueError("propagated")
except ValueError as e:
    print("caught", e)

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print("div error inside", name)
    finally:
        print(f"</{name}>")

with tag("p") as up:
    print("content", up)
with tag("q"):
    1 / 0
with suppress(FileNotFoundError, KeyError):
    {}["x"]
print("suppressed")
with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("x", "y")]
    stack.callback(print, "callback ran")
    print(names)
with nullcontext(42) as v:
    print("null", v)

class Resource:
    def close(self):
        print("closed resource")

with closing(Resource()):
    print("using")
with tag("outer"), tag("inner"):
    print("nested")
