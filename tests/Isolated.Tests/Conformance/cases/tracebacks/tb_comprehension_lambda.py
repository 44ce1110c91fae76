# conformance: stderr
# Exceptions raised inside lambdas and generator expressions (their own frames).
import sys


def show(fn):
    try:
        fn()
    except Exception:
        sys.excepthook(*sys.exc_info())


def in_lambda():
    key = lambda item: item[1]
    return sorted([(1, 2), (3,)], key=key)


def in_genexp():
    return sum(int(s) for s in ["1", "2", "x"])


show(in_lambda)
show(in_genexp)
squares = list(map(lambda v: v ** 2, [1, "two"]))
