"""A small module whose docstrings are doctests (used by stdlib2/doctest_module).

>>> add(2, 3)
5
"""


def add(a, b):
    """Add two numbers.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> [add(i, i) for i in range(4)]
    [0, 2, 4, 6]
    """
    return a + b


def divide(a, b):
    """Divide a by b.

    >>> divide(10, 4)
    2.5
    >>> divide(1, 0)
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> print(divide(9, 3))
    3.0
    """
    return a / b


def broken():
    """A doctest that fails.

    >>> broken()
    42
    >>> 1 + 1
    3
    """
    return 41


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    >>> len(s.items)
    1
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        """
        >>> Stack().push(5) is None
        True
        """
        self.items.append(x)

    def pop(self):
        return self.items.pop()


def whitespace():
    """
    >>> print("a   b")  # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print("skip me")  # doctest: +SKIP
    never checked
    """
