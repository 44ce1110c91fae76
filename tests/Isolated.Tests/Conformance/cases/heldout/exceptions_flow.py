class AppError(Exception):
    """Base for the app."""
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(field, msg)
        self.field = field
        self.msg = msg
    def __str__(self):
        return f"{self.field}: {self.msg}"
class NotFound(AppError, LookupError):
    pass

def validate(user):
    if "name" not in user:
        raise ValidationError("name", "missing")
    if not user["name"].strip():
        raise ValidationError("name", "blank")
    if user.get("age", 0) < 0:
        raise ValidationError("age", f"negative ({user['age']})")
    return True

for u in [{"name": "bo"}, {}, {"name": "  "}, {"name": "x", "age": -3}]:
    try:
        validate(u)
    except ValidationError as e:
        print("invalid:", e, "| args:", e.args, "| repr:", repr(e))
    else:
        print("valid", u)
    finally:
        print("checked", sorted(u))

def find(d, k):
    try:
        return d[k]
    except KeyError as exc:
        raise NotFound(f"no key {k!r}") from exc

try:
    find({"a": 1}, "b")
except LookupError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__), e.__cause__)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise RuntimeError("wrapped") from None
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

def f():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    else:
        print("no else")
    return i
print(h())

def nested():
    log = []
    try:
        try:
            log.append("inner try")
            raise ValueError("v")
        except TypeError:
            log.append("wrong handler")
        finally:
            log.append("inner finally")
    except ValueError as e:
        log.append(f"outer caught {e}")
    else:
        log.append("outer else")
    return log
print(nested())

print(KeyError("x"), repr(KeyError("x")), str(KeyError()), KeyError("a", "b"), IndexError("list index out of range"))
print(str(OSError(2, "No such file")), OSError(2, "x").errno, FileNotFoundError(2, "nf", "f.txt"))
e = OSError(2, "No such file or directory", "/nope")
print(type(e).__name__, e.filename, e.strerror, isinstance(e, FileNotFoundError))
for exc_type in (ZeroDivisionError, IndexError, KeyError, AttributeError, TypeError, ValueError, UnicodeDecodeError, StopIteration, RecursionError, NotImplementedError, ModuleNotFoundError):
    print(exc_type.__name__, "->", [c.__name__ for c in exc_type.__mro__[1:]])

errors = []
for expr in ["1/0", "[][1]", "{}['k']", "None.x", "'a' + 1", "int('q')", "b'\\xff'.decode()", "undefined_name", "(1).foo()", "len(5)", "import nosuchmod", "[1,2].index(3)", "'abc'.index('z')", "(1,2)[5]", "divmod(1, 0)", "2 ** -1 % 0", "float('x')", "{}.popitem()", "[].pop()", "set().pop()", "next(iter([]))", "int(1e400)", "chr(-1)", "ord('ab')", "1 << -1", "'x' * 'y'", "sorted([1, 'a'])", "min([])", "dict([1])", "tuple(5)", "'{}'.format()", "'%d' % 'x'", "bytes([300])", "range(1, 2, 0)"]:
    try:
        exec(expr)
    except Exception as ex:
        errors.append(f"{expr:<22} {type(ex).__name__}: {ex}")
print("\n".join(errors))

try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values:", eg.exceptions)
except* TypeError as eg:
    print("types:", eg.exceptions, eg.message)

class Retry(Exception):
    pass
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise Retry(f"attempt {attempts}")
    return "ok"
while True:
    try:
        print(flaky())
        break
    except Retry as r:
        print("retrying after", r)
e = ValueError("base")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__, e.with_traceback(None) is e, e.args)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as ae:
    print("assert:", ae)
