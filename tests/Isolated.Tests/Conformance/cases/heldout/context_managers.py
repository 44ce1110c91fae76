import contextlib
import io
import sys

class Timer:
    def __init__(self, label):
        self.label = label
        self.events = []
    def __enter__(self):
        self.events.append("enter")
        print(f"[{self.label}] start")
        return self
    def __exit__(self, exc_type, exc, tb):
        self.events.append("exit")
        print(f"[{self.label}] end, exception={exc_type.__name__ if exc_type else None}")
        return exc_type is KeyError

with Timer("a") as t:
    print("working", t.label)
with Timer("b"):
    raise KeyError("swallowed")
print("after b")
try:
    with Timer("c"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>", end="")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("b") as up, tag("i"):
    print(up, end="")

@contextlib.contextmanager
def suppress_and_log(*types):
    try:
        yield
    except types as e:
        print("suppressed", type(e).__name__, e)

with suppress_and_log(ZeroDivisionError, IndexError):
    [][1]
with contextlib.suppress(FileNotFoundError):
    open("/definitely/not/here.txt")
print("suppress ok")

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
    print("second", 2)
print(repr(buf.getvalue()))

with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("x", "y")]
    stack.callback(print, "callback ran")
    print("inside", names)

class Resource:
    opened = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.opened += 1
        return self
    def __exit__(self, *a):
        Resource.opened -= 1
        print("closing", self.name, "open now", Resource.opened)

with Resource("r1") as r1, Resource("r2") as r2:
    print("both open", Resource.opened, r1.name, r2.name)

with (
    Resource("p1") as p1,
    Resource("p2"),
):
    print("parenthesized", p1.name)

f = io.StringIO("line1\nline2\nline3\n")
with f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip())
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)

@contextlib.contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except Exception:
        log.append("rollback")
        raise
    else:
        log.append("commit")

log = []
with transaction(log):
    log.append("work")
try:
    with transaction(log):
        log.append("bad work")
        raise RuntimeError("boom")
except RuntimeError:
    pass
print(log)
cm = contextlib.nullcontext(42)
with cm as v:
    print("nullcontext", v)
class Reentrant(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter deco")
        return self
    def __exit__(self, *exc):
        print("exit deco")
        return False
@Reentrant()
def decorated(x):
    print("in decorated", x)
    return x * 2
print(decorated(21))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to err", file=sys.stderr)
print(err.getvalue().strip())
