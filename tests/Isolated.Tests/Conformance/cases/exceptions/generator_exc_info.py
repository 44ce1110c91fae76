# sys.exc_info() / sys.exception() inside generators: a generator resumed while its caller
# handles an exception sees the caller's exception; its own handled exception is kept across
# yields and restored when it resumes, without leaking into the caller.
import sys


def current():
    e = sys.exception()
    return None if e is None else repr(e)


def watcher():
    while True:
        yield current()


def own_handler():
    try:
        raise KeyError("own")
    except KeyError:
        yield current()
        yield current()
    yield current()


w = watcher()
print("outside:", next(w))
try:
    raise ValueError("caller")
except ValueError:
    print("in caller's except:", next(w))
    print("exc_info type:", sys.exc_info()[0].__name__)
print("after except:", next(w))

g = own_handler()
print("own first:", next(g))
print("caller sees:", current())
try:
    raise TypeError("other caller")
except TypeError:
    print("own, caller handling:", next(g))
    print("caller still:", current())
    print("own after block, caller handling:", next(g))
print("caller after:", current())


def helper():
    return current()


def calls_helper():
    yield helper()
    try:
        1 / 0
    except ZeroDivisionError:
        yield helper()
    yield helper()


h = calls_helper()
try:
    raise IndexError("outer")
except IndexError:
    print("helper 1:", next(h))
    print("helper 2:", next(h))
    print("helper 3:", next(h))


def implicit_context():
    yield
    raise RuntimeError("inside generator")


ic = implicit_context()
next(ic)
try:
    try:
        raise LookupError("while handling")
    except LookupError:
        next(ic)
except RuntimeError as e:
    print("context:", repr(e.__context__))


def nested_outer():
    inner = watcher()
    try:
        raise OSError("outer gen")
    except OSError:
        yield next(inner)
    yield next(inner)


no = nested_outer()
print("nested 1:", next(no))
try:
    raise NameError("top")
except NameError:
    print("nested 2:", next(no))


def reraise_in_gen():
    try:
        raise ValueError("first")
    except ValueError:
        yield
        raise


rg = reraise_in_gen()
next(rg)
try:
    next(rg)
except ValueError as e:
    print("reraised:", repr(e))
print("final:", current(), sys.exc_info())
