# An exception raised by __exit__ while the body's exception is handled must not leave the
# body's exception behind as the handled one (sys.exc_info(), the next exception's __context__).
import sys


class Failing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise AssertionError("from __exit__")


def body_raises():
    with Failing():
        undefined_name


try:
    body_raises()
except AssertionError as e:
    print(type(e.__context__).__name__, e.__context__.name)
print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError as e:
    print(repr(e.__context__))


class Method:
    def rebind(self):
        nonlocal __class__
        __class__ = int

    def get(self):
        return __class__


m = Method()
print(m.get().__name__)
m.rebind()
print(m.get().__name__)

match range(1 << 40):
    case first, second, *_:
        print("matched", first, second)

import math
for v in (2**60 + 1, 2**199 - 1, 3**999):
    r = math.isqrt(v)
    print(r * r <= v < (r + 1) * (r + 1))

from itertools import tee


class Reentrant:
    first = True

    def __iter__(self):
        return self

    def __next__(self):
        first, self.first = self.first, False
        if first:
            return next(b)
        raise StopIteration


a, b = tee(Reentrant())
try:
    next(a)
except RuntimeError as e:
    print("RuntimeError:", e)
