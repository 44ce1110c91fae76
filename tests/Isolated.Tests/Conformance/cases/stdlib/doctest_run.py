# doctest run programmatically on a module-like set of functions, with failures reported to a StringIO.
import doctest
import io
import sys


def add(a, b):
    """Add two numbers.

    >>> add(2, 3)
    5
    >>> add("a", "b")
    'ab'
    >>> add([1], [2])
    [1, 2]
    """
    return a + b


def divide(a, b):
    """
    >>> divide(6, 3)
    2.0
    >>> divide(1, 0)
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> divide(1, 3)  # doctest: +ELLIPSIS
    0.333...
    """
    return a / b


def buggy(n):
    """
    >>> buggy(2)
    4
    >>> buggy(3)
    9
    >>> [buggy(i) for i in range(4)]
    [0, 1, 4, 9]
    """
    return n * 2 if n == 3 else n * n


def spaces():
    """
    >>> print("a   b")  # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print("x\\ny")
    x
    y
    """


finder = doctest.DocTestFinder()
runner = doctest.DocTestRunner(verbose=False)
out = io.StringIO()
for fn in (add, divide, buggy, spaces):
    for test in finder.find(fn, fn.__name__, globs={fn.__name__: fn}):
        runner.run(test, out=out.write)
for line in out.getvalue().splitlines():
    if line.startswith("File "):
        line = "File <...>, " + line.split(", ", 1)[1]
    print(line)
print(runner.summarize(verbose=False))
res = doctest.run_docstring_examples(add, {"add": add}, name="add")
print("run_docstring_examples:", res)
parser = doctest.DocTestParser()
examples = parser.get_examples(">>> 1 + 1\n2\n>>> x = 5\n>>> x * 2\n10\n")
print([(e.source.strip(), e.want.strip()) for e in examples])
t = parser.get_doctest(">>> print('hi')\nhi\n", {}, "inline", None, 0)
r2 = doctest.DocTestRunner()
print(r2.run(t, out=lambda s: None))
