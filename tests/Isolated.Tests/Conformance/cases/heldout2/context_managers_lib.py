# Context managers as libraries write them: contextlib helpers, ExitStack, suppress, redirect, nested errors.
import contextlib
import io
import os
import sys
import tempfile
from contextlib import contextmanager, ExitStack, suppress, redirect_stdout, closing, nullcontext, chdir, AbstractContextManager

log = []

class Transaction:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append(f"begin {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            log.append(f"commit {self.name}")
        else:
            log.append(f"rollback {self.name} ({exc_type.__name__}: {exc})")
        return exc_type is KeyError


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print(f"  [{name} swallowed ZeroDivisionError]")
    finally:
        print(f"</{name}>")


with Transaction("a"):
    pass
with Transaction("b"):
    raise KeyError("missing")
try:
    with Transaction("c"):
        raise ValueError("bad")
except ValueError:
    log.append("outer saw ValueError")
print(log)

with tag("html") as t, tag("body"):
    print("content", t)
with tag("div"):
    1 / 0
try:
    with tag("p"):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("RuntimeError", e)

with ExitStack() as stack:
    files = [stack.enter_context(tempfile.TemporaryFile("w+")) for _ in range(3)]
    for i, f in enumerate(files):
        f.write(str(i) * 3)
    stack.callback(print, "callback ran last-in-first-out")
    @stack.push
    def on_exit(*exc):
        print("push saw", exc[0])
    print([f.closed for f in files])
print([f.closed for f in files])

with suppress(FileNotFoundError, ZeroDivisionError):
    os.remove("/nonexistent/file/here")
print("suppressed")
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured!")
    help_text = "x"
print(repr(buf.getvalue()))
class Thing:
    def close(self):
        print("Thing closed")
with closing(Thing()):
    print("using thing")
with nullcontext(42) as v:
    print("nullcontext gives", v)
before = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    with chdir(d):
        print(os.getcwd() == os.path.realpath(d))
    print(os.getcwd() == before)

class Timer(AbstractContextManager):
    def __exit__(self, *exc):
        print("Timer exit", exc[0].__name__ if exc[0] else None)
with Timer() as tm:
    print(type(tm).__name__)

@contextmanager
def bad_generator():
    yield 1
    yield 2
try:
    with bad_generator():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextlib.asynccontextmanager
async def aopen(name):
    print("open", name)
    yield name
    print("close", name)

import asyncio
async def main():
    async with aopen("db") as n, contextlib.AsyncExitStack() as st:
        st.push_async_callback(asyncio.sleep, 0)
        print("inside", n)
asyncio.run(main())
try:
    with Transaction("d") as tx:
        with Transaction("e"):
            raise KeyError("inner")
        raise IndexError("after")
except IndexError as e:
    print("IndexError", e, log[-4:])
