# inspect.getsource / getsourcelines / findsource over functions, nested functions, lambdas,
# classes, decorated functions and methods (inspect's BlockFinder runs on tokenize).
import inspect
import functools


def plain(a, b=1):
    """Docstring."""
    return a + b


def outer():
    x = 1

    def inner(y):
        # a comment
        return x + y

    return inner


square = lambda v: v * v
pair = (lambda a: a, lambda b: (b,
                                b))


def deco(f):
    @functools.wraps(f)
    def w(*a, **k):
        return f(*a, **k)
    return w


@deco
def decorated(x):
    return x


@deco
@functools.lru_cache(maxsize=None)
def twice_decorated(x):
    return x * 2


class Klass:
    """A class."""

    attr = 1

    def method(self):
        return self.attr

    @staticmethod
    def static(
        a,
        b,
    ):
        return a

    @property
    def prop(self):
        return 2

    class Nested:
        def deep(self):
            s = '''
    not code
'''
            return s


async def coro():
    await something()


def with_continuation(a, \
                      b):
    return a \
        + b


def fstr(x):
    return f"{x!r:>{10}}" + f'''
{x}'''


for obj in [plain, outer, outer(), square, pair[1], decorated, twice_decorated, Klass, Klass.method,
            Klass.static, Klass.prop.fget, Klass.Nested, Klass.Nested.deep, coro, with_continuation, fstr]:
    lines, start = inspect.getsourcelines(obj)
    print("-----", getattr(obj, "__qualname__", obj), start, len(lines))
    print(inspect.getsource(obj), end="")

lines, lnum = inspect.findsource(Klass.Nested)
print("findsource", lnum, lines[lnum].strip())
print(inspect.getcomments(outer) is None, repr(inspect.getdoc(Klass)))
print(inspect.getblock(["def f():\n", "    return 1\n", "x = 2\n"]))
