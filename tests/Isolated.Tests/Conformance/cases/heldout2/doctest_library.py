"""A small utility module documented with doctests, run via doctest.testmod.

>>> slugify("Hello, World!")
'hello-world'
"""
import doctest
import io
import sys


def slugify(text):
    """Turn text into a URL slug.

    >>> slugify("  Many   spaces here ")
    'many-spaces-here'
    >>> slugify("Ünïcödé is kept")
    'ünïcödé-is-kept'
    >>> slugify("")
    ''
    """
    words = "".join(c if c.isalnum() or c.isspace() else " " for c in text.lower()).split()
    return "-".join(words)


def mean(values):
    """Arithmetic mean.

    >>> mean([1, 2, 3, 4])
    2.5
    >>> mean([])
    Traceback (most recent call last):
        ...
    ValueError: mean of empty list
    >>> [round(mean(range(n)), 1) for n in (1, 2, 5)]
    [0.0, 0.5, 2.0]
    """
    values = list(values)
    if not values:
        raise ValueError("mean of empty list")
    return sum(values) / len(values)


def chunks(seq, n):
    """Split seq in chunks.

    >>> list(chunks("abcdefg", 3))
    ['abc', 'def', 'g']
    >>> for c in chunks([1, 2, 3], 2):
    ...     print(c)
    [1, 2]
    [3]
    >>> list(chunks([], 0))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ValueError: n must be positive...
    """
    if n <= 0:
        raise ValueError("n must be positive, got %d" % n)
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def broken(x):
    """This example is wrong on purpose.

    >>> broken(2)
    5
    >>> print({"b": 1, "a": 2})  # doctest: +NORMALIZE_WHITESPACE
    {'b': 1,
     'a': 2}
    """
    return x * 2


if __name__ == "__main__":
    out = io.StringIO()
    old = sys.stdout
    sys.stdout = out
    try:
        res = doctest.testmod(verbose=False, report=True)
    finally:
        sys.stdout = old
    print(res, res.failed, res.attempted)
    text = out.getvalue().replace(__file__, "FILE")
    for line in text.splitlines():
        if line.startswith(("File", "Failed", "Expected", "Got", "    ", "**", "1 items", "4 items", "***Test")):
            print(line)
    parser = doctest.DocTestParser()
    t = parser.get_doctest(">>> 1 + 1\n2\n>>> x = 5\n>>> x * 2\n10\n", {}, "inline", None, 0)
    runner = doctest.DocTestRunner()
    print([e.source.strip() for e in t.examples], runner.run(t, out=lambda s: None))
