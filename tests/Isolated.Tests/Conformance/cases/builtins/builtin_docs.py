# __doc__ of builtin functions, types and methods (CPython's texts).
import math

for obj in (len, abs, print, sorted, isinstance, getattr, iter, round, divmod, sum, repr, hash):
    print(f"--- {obj.__name__}")
    print(obj.__doc__)
for obj in (list.append, list.sort, str.join, str.split, dict.get, dict.fromkeys, int.bit_length,
            str.maketrans, bytes.hex, set.union, tuple.count, float.is_integer):
    print(f"--- {obj.__qualname__}")
    print(obj.__doc__)
print("--- bound")
print([].append.__doc__)
print("x".upper.__doc__)
print({}.items.__doc__)
print(dict.fromkeys.__doc__ == {}.fromkeys.__doc__)


class MyList(list):
    pass


print(MyList().append.__doc__)
print(MyList.__doc__)
for t in (list, dict, str, tuple, range, enumerate, zip, bool, ValueError, KeyError, Exception):
    print(f"--- type {t.__name__}")
    print(t.__doc__)
print("--- instances")
print([].__doc__ == list.__doc__, (1).__doc__ == int.__doc__, ValueError("x").__doc__)
for f in (math.sqrt, math.floor, math.gcd, math.isclose):
    print(f"--- math.{f.__name__}")
    print(f.__doc__)
print(type(len.__doc__).__name__, len.__doc__.splitlines()[0])


def user():
    """User docstring."""


print(user.__doc__, (lambda: 0).__doc__)
