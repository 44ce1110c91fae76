# Exception chaining (__cause__, __context__, suppress_context), add_note, format_exc, custom hierarchies.
import traceback
import sys


class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


class NotFound(AppError):
    pass


def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise NotFound(f"no key {key!r}", 404) from e


def load_quiet(key):
    try:
        return {}[key]
    except KeyError:
        raise AppError("quiet") from None


def load_implicit(key):
    try:
        return {}[key]
    except KeyError:
        raise AppError("implicit")


for fn in (load, load_quiet, load_implicit):
    try:
        fn("zz")
    except AppError as e:
        print(type(e).__name__, str(e), repr(e), e.code)
        print("  cause:", repr(e.__cause__), "context:", repr(e.__context__), "suppress:", e.__suppress_context__)


def clean(tb_text):
    out = []
    for line in tb_text.splitlines():
        if line.startswith('  File "'):
            path, rest = line.split('"')[1], line.split('"', 2)[2]
            line = '  File "' + path.rsplit("/", 1)[-1] + '"' + rest
        out.append(line)
    return "\n".join(out)


try:
    load("b")
except AppError:
    print(clean(traceback.format_exc()))

try:
    load_implicit("q")
except AppError:
    print(clean(traceback.format_exc()))

try:
    load_quiet("q")
except AppError:
    print(clean(traceback.format_exc()))

e = ValueError("bad value")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    raise e
except ValueError:
    print(clean(traceback.format_exc()))
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)
print(traceback.format_exception_only(e)[-1], end="")
print(traceback.format_exception_only(KeyError("k")), traceback.format_exception_only(SyntaxError("s")))

try:
    try:
        1 / 0
    finally:
        print("finally runs")
except ZeroDivisionError as z:
    print("outer", z, z.__traceback__ is not None)

try:
    raise TypeError("a", "b", 3)
except TypeError as t:
    print(t.args, str(t), repr(t))
print(repr(Exception()), str(Exception()), repr(KeyError("x")), str(KeyError("x")), str(KeyError()))
print(OSError(2, "No such file").errno, str(OSError(2, "No such file", "f.txt")), repr(OSError("plain")))
print(isinstance(FileNotFoundError(), OSError), OSError(2, "x").__class__.__name__, IOError is OSError)
print(StopIteration(5).value, SystemExit(3).code, str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
print(issubclass(NotFound, Exception), NotFound.__mro__[1:3], BaseException.__subclasses__ is not None)
exc_info = None
try:
    raise NotFound("x", 7)
except Exception:
    exc_info = sys.exc_info()
print(exc_info[0].__name__, exc_info[1], sys.exc_info())
with_tb = NotFound("y").with_traceback(None)
print(with_tb.__traceback__, with_tb.args)
