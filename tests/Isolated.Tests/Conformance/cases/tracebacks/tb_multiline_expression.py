# conformance: stderr
# Expressions spanning several lines: the markers cover the first line up to its last
# non-blank character, and only that line is shown.
import sys


def show(fn):
    try:
        fn()
    except Exception:
        sys.excepthook(*sys.exc_info())


def binop_lines():
    a = 1
    b = None
    return (a +
            b)


def dict_literal():
    return {
        "one": 1,
        "two": 2,
    }["three"]


def condition():
    values = [1, 2]
    if (len(values) > 1 and
            values[2] == 3):
        return 1


show(binop_lines)
show(dict_literal)
show(condition)
total = sum([1,
             2,
             "three"])
