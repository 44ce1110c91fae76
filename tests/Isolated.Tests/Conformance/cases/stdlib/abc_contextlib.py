# abc (abstract methods, register, __subclasshook__) and contextlib (contextmanager, ExitStack, suppress, redirect_stdout, closing, nullcontext).
import abc
import contextlib
import io
from abc import ABC, abstractmethod
from collections.abc import Sized, Iterable, Container


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @property
    @abstractmethod
    def name(self): ...

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    @property
    def name(self):
        return "square"


class Half(Shape):
    def area(self):
        return 0


try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)


class Duck(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck:
            return any("quack" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Mallard:
    def quack(self):
        return "quack"


class Robot:
    pass


Duck.register(Robot)
print(issubclass(Mallard, Duck), isinstance(Robot(), Duck), issubclass(int, Duck))


class MyBag:
    def __len__(self):
        return 3

    def __iter__(self):
        return iter([1, 2, 3])


print(isinstance(MyBag(), Sized), isinstance(MyBag(), Iterable), isinstance(MyBag(), Container))


@contextlib.contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        log.append(f"caught {e}")
    finally:
        log.append(f"</{name}>")


log = []
with tag("a", log) as t1, tag("b", log) as t2:
    log.append(t1 + t2)
with tag("c", log):
    raise ValueError("inside")
print(log)
try:
    with tag("d", log):
        raise KeyError("k")
except KeyError as e:
    print("KeyError escaped:", e, log[-1])

with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("hidden", 42)
print(repr(buf.getvalue()))

order = []
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(order.append, f"cb{i}")
    files = [stack.enter_context(tag(f"s{i}", order)) for i in range(2)]
    order.append(str(files))
print(order)


class Resource:
    def __init__(self, n):
        self.n = n

    def close(self):
        print("closed", self.n)


with contextlib.closing(Resource(1)) as r:
    print("using", r.n)
with contextlib.nullcontext(5) as v:
    print("null", v)


class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


@Timer()
def work(x):
    return x * 2


print(work(21))


class Managed(contextlib.AbstractContextManager):
    def __exit__(self, et, ev, tb):
        print("managed exit", et)
        return True


with Managed() as m:
    print(type(m).__name__)
    raise RuntimeError("swallowed")
print("after")


@contextlib.contextmanager
def bad():
    yield 1
    yield 2


try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
