import traceback
import sys


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


def parse(value):
    try:
        return int(value)
    except ValueError as e:
        err = AppError(400, f"bad value {value!r}")
        err.add_note("hint: use digits only")
        raise err from e


def run(values):
    errors = []
    for v in values:
        try:
            print("parsed", parse(v))
        except AppError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("some values failed", errors)


try:
    run(["1", "x", "22", "3.5"])
except* AppError as eg:
    for e in eg.exceptions:
        print(type(e).__name__, str(e), e.code, e.__notes__, type(e.__cause__).__name__)
    print(eg.message, len(eg.exceptions))

try:
    run(["q"])
except ExceptionGroup as eg:
    lines = traceback.format_exception(eg)
    text = "".join(lines)
    for line in text.splitlines():
        if "File" in line:
            line = line.split(",", 1)[1]
        print(line)

try:
    {}["missing"]
except KeyError as e:
    print(traceback.format_exception_only(type(e), e))

def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    deep(n - 1)

try:
    deep(3)
except RuntimeError:
    tb = sys.exc_info()[2]
    print([f.name for f in traceback.extract_tb(tb)])
    print(len(traceback.format_tb(tb)))

eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
match_, rest = eg.split(ValueError)
print(repr(match_), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print(repr(e.__context__), e.__suppress_context__)
