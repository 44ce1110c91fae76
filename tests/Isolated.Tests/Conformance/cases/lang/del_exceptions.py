# An exception raised in __del__ is reported through sys.unraisablehook and ignored; the
# program goes on, and the exception that was being handled is untouched.
import gc
import sys

reports = []
def hook(unraisable):
    reports.append((unraisable.exc_type.__name__, str(unraisable.exc_value),
                    getattr(unraisable.object, "__qualname__", type(unraisable.object).__name__),
                    unraisable.err_msg))
sys.unraisablehook = hook

class Bad:
    def __del__(self):
        raise ValueError("boom in del")

b = Bad()
del b
gc.collect()
print("reports:", reports)

try:
    raise KeyError("outer")
except KeyError as e:
    b2 = Bad()
    del b2
    gc.collect()
    print("still handling:", repr(e), repr(sys.exc_info()[1]))
print("reports:", len(reports))

def gen():
    try:
        yield 1
    finally:
        yield 2   # ignoring GeneratorExit

g = gen()
next(g)
del g
gc.collect()
print("generator reports:", reports[2:])
