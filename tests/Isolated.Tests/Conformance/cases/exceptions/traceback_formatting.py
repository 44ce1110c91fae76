# traceback module: format_exc, extract_tb, format_list, TracebackException, print_exception to a StringIO, nested calls.
import traceback
import io
import sys


def level3(x):
    return 10 / x


def level2(x):
    return level3(x - 1)


def level1(x):
    return level2(x)


def short(path):
    return path.rsplit("/", 1)[-1]


try:
    level1(1)
except ZeroDivisionError as e:
    tb = e.__traceback__
    frames = traceback.extract_tb(tb)
    print([(short(f.filename), f.name, f.lineno, f.line) for f in frames])
    print(len(frames), frames[-1].name, type(frames).__name__)
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), [short(f.filename) for f in te.stack])
    print("".join(te.format_exception_only()), end="")
    buf = io.StringIO()
    traceback.print_exception(e, file=buf)
    text = buf.getvalue().replace(sys.argv[0], "PROG").replace(__file__, "PROG")
    print("\n".join(l for l in text.splitlines()))
    print(traceback.format_tb(tb)[0].count("\n") >= 1)
try:
    try:
        int("x")
    except ValueError as inner:
        raise RuntimeError("wrapper") from inner
except RuntimeError as e:
    lines = traceback.format_exception(e)
    print(len([l for l in lines if "Traceback" in l]), lines[-1].strip(), any("direct cause" in l for l in lines))
    print(traceback.format_exception(e, chain=False)[-1].strip())
stack = traceback.extract_stack()
print(stack[-1].name, short(stack[-1].filename) == short(__file__))
summary = traceback.StackSummary.from_list([("f.py", 1, "fn", "x = 1"), ("g.py", 2, "gn", None)])
print("".join(summary.format()), end="")
print(traceback.format_exception_only(ValueError, ValueError("v"))[0], end="")
try:
    exec("x = (1 +\n")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")


def recurse(n):
    return recurse(n + 1)


try:
    recurse(0)
except RecursionError as e:
    lines = traceback.format_exception(e)
    print(lines[-1].strip(), any("Previous line repeated" in l for l in lines))
