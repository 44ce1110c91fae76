# conformance: stderr
# Markers under binary operations: the operator gets ^, its operands ~; spacing, parentheses,
# two-character operators and comments between operand and operator.
import sys


def show(fn):
    try:
        fn()
    except Exception:
        sys.excepthook(*sys.exc_info())


def add_mixed():
    a, b = 1, "x"
    return a + b


def power_spaced():
    base = "2"
    return 3 *   base  ** 2


def parenthesised():
    x = None
    total = (x) // 4
    return total


def nested_ops():
    items = [1, 2]
    return 1 + items[0] * 2 - items / 3


def shift():
    return 1 << -1


show(add_mixed)
show(power_spaced)
show(parenthesised)
show(nested_ops)
show(shift)
value = 10
result = value % (value - 10)
