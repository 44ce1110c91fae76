# conformance: stderr
# Exceptions raised inside generators: through next(), a for loop, send(), throw() and
# yield from.
import sys


def numbers():
    yield 1
    yield 1 / 0


def show(fn):
    try:
        fn()
    except Exception:
        sys.excepthook(*sys.exc_info())


def via_for():
    for n in numbers():
        pass


def via_send():
    def echo():
        while True:
            received = yield
            print(received + 1)
    g = echo()
    next(g)
    g.send(1)
    g.send("x")


def via_throw():
    def waiting():
        yield "ready"
    g = waiting()
    next(g)
    g.throw(KeyError("thrown"))


def delegating():
    yield from numbers()


def via_yield_from():
    return list(delegating())


show(via_for)
show(via_send)
show(via_throw)
show(via_yield_from)
g = numbers()
next(g)
next(g)
