# conformance: stderr
# Markers under calls: plain calls, nested calls, method calls, keyword arguments, calls whose
# arguments span lines, and a call that covers the whole line (no markers).
import sys


def fail(*args, **kwargs):
    raise RuntimeError("failed with %d args" % len(args))


def identity(x):
    return x


class Service:
    def run(self, n):
        return fail(n, n)


def show(fn):
    try:
        fn()
    except Exception:
        sys.excepthook(*sys.exc_info())


def nested():
    return identity(identity(fail(1)))


def method():
    svc = Service()
    value = svc.run(3) + 1
    return value


def keywords():
    return identity(fail(1, 2, key="value"))


def spanning():
    return identity(
        fail(
            1,
            2,
        )
    )


def whole_line():
    fail()


show(nested)
show(method)
show(keywords)
show(spanning)
show(whole_line)
print("uncaught next")
identity(Service().run(len("abc")))
