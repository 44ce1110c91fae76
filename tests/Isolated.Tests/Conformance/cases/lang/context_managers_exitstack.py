# Context managers: __exit__ suppression, nesting order, contextlib tools, ExitStack.
import contextlib
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print(f"  enter {self.name}")
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print(f"  exit {self.name} {et.__name__ if et else None} {ev}")
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("  body", a, b)
with CM("outer", suppress=True):
    with CM("inner"):
        raise ValueError("boom")
print("after suppressed")
try:
    with CM("no-suppress"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
with (CM("p1") as x,
      CM("p2") as y):
    print("  parenthesized", x, y)
@contextlib.contextmanager
def tag(name):
    print(f"  <{name}>")
    try:
        yield name
    except ZeroDivisionError:
        print(f"  handled in {name}")
    finally:
        print(f"  </{name}>")
with tag("div") as t:
    print("  inside", t)
with tag("span"):
    1 / 0
print("continues")
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(CM(f"s{i}")) for i in range(3)]
    stack.callback(print, "  callback ran")
    print("  entered", names)
with contextlib.ExitStack() as stack:
    stack.enter_context(CM("kept"))
    moved = stack.pop_all()
print("  stack closed; moved still open")
moved.close()
def cleanup_raises():
    raise RuntimeError("from callback")
try:
    with contextlib.ExitStack() as st:
        st.callback(cleanup_raises)
        st.enter_context(CM("before-cb"))
        raise ValueError("body")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))
class Reusable:
    def __enter__(self): return self
    def __exit__(self, *a): return None
r = Reusable()
with r as r1:
    with r as r2:
        print(r1 is r2 is r)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
class OnlyEnter:
    def __enter__(self): return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
class Order:
    def __init__(self, log): self.log = log
    def __enter__(self): self.log.append("enter"); return self
    def __exit__(self, *a): self.log.append("exit")
log = []
def uses():
    with Order(log):
        log.append("body")
        return "returned"
print(uses(), log)
with contextlib.nullcontext(5) as n:
    print("nullcontext", n)
class Closable:
    def close(self): print("  closed!")
with contextlib.closing(Closable()):
    print("  using closable")
@contextlib.contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
print("captured:", repr(buf.getvalue()))
class ExitSeesTraceback:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print("  tb is traceback:", type(tb).__name__, ev.__traceback__ is tb)
        return True
with ExitSeesTraceback():
    raise OSError("x")
