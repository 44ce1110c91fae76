# conformance: stderr
# Positions of other failing operations: names, comparisons, unary operators, unpacking,
# augmented assignment, imports, asserts, f-strings and iteration.
import sys


def show(fn):
    try:
        fn()
    except Exception:
        sys.excepthook(*sys.exc_info())


def name_error():
    return 1 + undefined_name


def compare():
    return [1] < 2 or True


def unary():
    return -"text"


def unpack():
    a, b = [1, 2, 3]
    return a, b


def augmented():
    n = 1
    n += "x"


def importing():
    from sys import does_not_exist


def asserting():
    x = 1
    assert x == 2, f"x is {x}"


def fstring():
    v = object()
    return f"value: {v:>10}"


def iterate():
    for item in 42:
        pass


def unbound():
    if False:
        late = 1
    return late


for fn in (name_error, compare, unary, unpack, augmented, importing, asserting, fstring, iterate, unbound):
    show(fn)
print(len(5))
