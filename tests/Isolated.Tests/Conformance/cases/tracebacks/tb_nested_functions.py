# conformance: stderr
# Tracebacks through closures, nested functions, decorators and recursion ("Previous line
# repeated").
import functools
import sys


def outer(n):
    def middle(m):
        def inner(k):
            return 100 // k
        return inner(m - 1) + 1
    return middle(n)


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)
    return wrapper


@logged
def decorated(x):
    return x["key"]


def countdown(n):
    if n == 0:
        raise ValueError("bottom")
    return countdown(n - 1)


try:
    outer(1)
except ZeroDivisionError:
    sys.excepthook(*sys.exc_info())

try:
    decorated([])
except TypeError:
    sys.excepthook(*sys.exc_info())

countdown(8)
