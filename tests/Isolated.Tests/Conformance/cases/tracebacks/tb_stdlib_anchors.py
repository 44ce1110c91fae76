# The stdlib traceback module prints the same markers as the runtime's printer: it reads
# co_positions and finds the operator / brackets with ast.parse.
import sys
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc(file=sys.stdout)


def binop():
    a, b = 1, "x"
    return a + b


def subscript():
    grid = [[1, 2], [3, 4]]
    return grid[1][5]


def call():
    return len(5)


def multiline():
    return (1 +
            None)


show(binop)
show(subscript)
show(call)
show(multiline)
