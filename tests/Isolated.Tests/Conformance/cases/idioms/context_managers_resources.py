# Context managers managing resources: nested with, ExitStack with conditional resources, exception suppression, reentrancy.
import contextlib
import io


class Connection:
    opened = []

    def __init__(self, name, fail_on_enter=False):
        self.name, self.fail_on_enter, self.closed = name, fail_on_enter, False

    def __enter__(self):
        if self.fail_on_enter:
            raise ConnectionError(f"{self.name} refused")
        Connection.opened.append(self.name)
        return self

    def __exit__(self, et, ev, tb):
        self.closed = True
        Connection.opened.remove(self.name)
        print(f"  close {self.name} ({et.__name__ if et else 'ok'})")
        return et is KeyError


with Connection("a") as a, Connection("b") as b:
    print("inside", Connection.opened)
with Connection("c"):
    raise KeyError("swallowed by c")
print("after c", a.closed)
try:
    with Connection("d"), Connection("e", fail_on_enter=True):
        print("never")
except ConnectionError as e:
    print("ConnectionError:", e, Connection.opened)
with contextlib.ExitStack() as stack:
    conns = [stack.enter_context(Connection(n)) for n in ("x", "y", "z") if n != "y"]
    print("stack", [c.name for c in conns])
    stack.push(lambda *exc: print("  pushed exit callback"))
    later = stack.pop_all()
print("stack closed early?", [c.closed for c in conns])
later.close()


@contextlib.contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
        log.append("commit")
    except Exception as e:
        log.append(f"rollback ({e})")
        raise


log = []
with transaction(log):
    log.append("work")
try:
    with transaction(log):
        raise ValueError("bad row")
except ValueError:
    pass
print(log)
out = io.StringIO()
with contextlib.redirect_stdout(out), contextlib.suppress(ZeroDivisionError):
    print("captured")
    1 / 0
print(repr(out.getvalue()))
lock = contextlib.nullcontext()
with lock as l1, lock as l2:
    print("nullcontext reentrant", l1 is l2)


class Reusable(contextlib.ContextDecorator):
    depth = 0

    def __enter__(self):
        Reusable.depth += 1
        return self

    def __exit__(self, *exc):
        Reusable.depth -= 1


r = Reusable()
with r:
    with r:
        print("depth", Reusable.depth)
print("depth", Reusable.depth)


@contextlib.asynccontextmanager
async def agen():
    yield "async value"


import asyncio


async def main():
    async with agen() as v:
        return v


print(asyncio.run(main()))
