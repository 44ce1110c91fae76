import sys
import traceback
import warnings

def inner(x):
    return 10 / x

def outer(x):
    return inner(x)

try:
    outer(0)
except ZeroDivisionError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], end="")
    print("".join(lines[1:]).replace(__file__, "FILE"), end="")
    print(traceback.format_exception_only(type(e), e))
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in tb])
    print(traceback.format_exc().splitlines()[-1])
    summary = traceback.StackSummary.extract(traceback.walk_tb(e.__traceback__))
    print([fs.name for fs in summary])

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("bad value") from e
except ValueError as e:
    text = "".join(traceback.format_exception(e)).replace(__file__, "FILE")
    print(text, end="")
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__)
    print(list(te.format_exception_only()))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    print("".join(traceback.format_exception(e, limit=1)).replace(__file__, "FILE"), end="")

def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    deep(n - 1)
try:
    deep(3)
except RuntimeError as e:
    print(len(traceback.extract_tb(e.__traceback__)), [f.name for f in traceback.extract_tb(e.__traceback__, limit=2)])

try:
    raise ExceptionGroup("group", [ValueError("v"), TypeError("t")])
except ExceptionGroup as eg:
    out = traceback.format_exception(eg)
    print("".join(out).replace(__file__, "FILE"), end="")
e = ValueError("with note")
e.add_note("note one")
print(traceback.format_exception_only(e))
print(traceback.format_list([("f.py", 3, "fn", "x = 1")]))
stack = traceback.extract_stack()
print(stack[-1].name, stack[-1].line)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first", UserWarning)
    warnings.warn("deprecated thing", DeprecationWarning, stacklevel=1)
    warnings.warn_explicit("explicit", RuntimeWarning, "mod.py", 7)
for w in caught:
    print(w.category.__name__, str(w.message), w.lineno if w.filename == "mod.py" else "-")
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised:", e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", message="keep.*")
    warnings.warn("drop me")
    warnings.warn("keep me")
    print([str(w.message) for w in caught])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("once per location")
    print(len(caught))
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "line of code"), end="")
class MyWarning(UserWarning):
    pass
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always", MyWarning)
    warnings.warn(MyWarning("custom"))
    print(caught[0].category.__name__, caught[0].message.args)
old_stderr = sys.stderr
sys.stderr = sys.stdout
warnings.showwarning("shown", UserWarning, "x.py", 1)
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("to stderr (redirected)")
sys.stderr = old_stderr
