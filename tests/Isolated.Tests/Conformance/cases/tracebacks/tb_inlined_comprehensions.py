# conformance: stderr
# CPython 3.12 inlines list, set and dict comprehensions into their function (PEP 709): an
# exception raised inside one shows no frame of its own.
import sys


def show(fn):
    try:
        fn()
    except Exception:
        sys.excepthook(*sys.exc_info())


def in_listcomp():
    data = [1, 2, 0]
    return [10 / x for x in data]


def in_dictcomp():
    keys = ["a", "b"]
    return {k: k.missing for k in keys}


def in_nested_comp():
    return [[y.upper() for y in row] for row in [["a"], [1]]]


show(in_listcomp)
show(in_dictcomp)
show(in_nested_comp)
print({n % 0 for n in range(3)})
