# Builtin functions: repr/ascii/format, isinstance/issubclass with tuples and unions, vars/dir, iter with a
# sentinel, enumerate/zip(strict)/map/filter/reversed, getattr/setattr/hasattr/delattr, id-free identity checks.
import sys

class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"

p = Point(1.5, "é")
print(repr(p), ascii(p), str(p), format(Point(3.14159, 2.0), ".2f"), f"{Point(1, 2):>4}", "{:x}".format(Point(255, 16)))
print(ascii("naïve ☃ 😀"), ascii(b"\xff"), ascii(["é", 1]), repr("tab\there"), repr("quote'\""), repr('\\'))
print(format(5), format("x", "^5"), format(3.0), format(True), format(None), format([1, 2]), format(1j))
try:
    format([1], "x")
except TypeError as e:
    print("TypeError:", e)
print(isinstance(1, (str, int)), isinstance(1, int | str), isinstance("a", (int, (float, str))), isinstance(None, type(None)))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int), issubclass(bool, (str, int)), issubclass(int, int | None))
print(isinstance([], list | dict), isinstance(p, object), issubclass(Point, object), isinstance(Point, type))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic), isinstance(Magic(), Magic))
print(vars(p), sorted(vars(Point).keys() - {"__dict__", "__weakref__", "__module__"}), vars(p) is p.__dict__)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print([n for n in dir(p) if not n.startswith("__")], "x" in dir(p), "__init__" in dir(Point), dir(Point) == sorted(dir(Point)))
def f():
    local_a = 1
    local_b = 2
    return sorted(dir()), sorted(vars().keys()), sorted(locals())
print(f())
print(sorted(n for n in dir([]) if not n.startswith("_")))
print(sorted(n for n in dir({}) if not n.startswith("_")))
print(sorted(n for n in dir("") if not n.startswith("_")))
print(getattr(p, "x"), getattr(p, "z", "default"), hasattr(p, "y"), hasattr(p, "nope"))
setattr(p, "z", 10)
delattr(p, "x")
print(vars(p))
try:
    getattr(p, "x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(p, "nope")
except AttributeError as e:
    print("AttributeError:", e)
lines = iter(["first", "second", "STOP", "after"])
print(list(iter(lambda: next(lines), "STOP")), next(lines))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], start=-1)))
print(list(zip("ab", [1, 2, 3])), list(zip()), list(zip("a")), list(zip("ab", "cd", "ef")))
try:
    list(zip("ab", [1, 2, 3], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip("abc", [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip("a", "b", "cd", strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip("ab", "cd", strict=True)))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1, 2], [3, 4], [5])))
print(list(filter(None, [0, 1, "", "a", [], [0], None])), list(filter(str.isdigit, "a1b2c3")), list(filter(lambda x: x > 1, (1, 2, 3))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))), list(reversed({1: 2, 3: 4})))
class Countdown:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(reversed(Countdown())), list(Countdown()), 20 in Countdown())
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(all([]), any([]), all([1, 0]), any([0, "x"]), all(x > 0 for x in [1, 2]), any(iter([])))
print(len("abc"), len([1]), len({}), len(range(5)), len(b"ab"))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
print(type(5), type("x").__name__, type(type), type(None).__name__, type(print).__name__, type(Point.__init__).__name__)
print(callable(p), callable(Point), callable(p.__repr__), callable(print))
print(next(iter([]), "empty"), next(iter("ab")), sorted("hello", reverse=True), sorted({3: 1, 1: 2}))
g = (i for i in range(3))
print(next(g), list(g))
print(globals()["__name__"], __name__, sys.argv[0].endswith("functions_misc.py"), __builtins__ is not None)
print(eval("1 + 2"), eval("x * 2", {"x": 21}), exec("y = 5", ns := {}), ns["y"], compile("3", "<s>", "eval").co_filename)
print(int.__mro__, bool.__mro__, Point.__qualname__, Point.__module__, Point.__doc__, Point.dims)
print(divmod(7, 2), hash("abc") == hash("abc"), id(p) == id(p), p is p, None.__class__, NotImplemented, Ellipsis, ...)
print(bool(NotImplemented) if sys.version_info < (3, 14) else True, type(...).__name__, repr(None), str(print)[:20])
print(max(range(10), key=lambda n: (n % 3, n)), min("bca"), sorted([3, 1, 2], key=lambda v: -v))
print(list(map(str.upper, ["a", "b"])), "".join(map(chr, range(97, 102))), list(map(int, "123")))
