# conformance: stderr
# Warnings (filters, once, error), atexit ordering and a sys.exit with a message.
import atexit
import sys
import warnings


def old_api(x):
    warnings.warn("old_api is deprecated; use new_api", DeprecationWarning, stacklevel=2)
    return x * 2


class MyWarning(UserWarning):
    pass


warnings.simplefilter("always")
with warnings.catch_warnings(record=True) as caught:
    old_api(1)
    old_api(2)
    warnings.warn("custom", MyWarning)
    warnings.warn_explicit("explicit", RuntimeWarning, "fake.py", 12)
print([(w.category.__name__, str(w.message), w.lineno > 0) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("error", MyWarning)
    try:
        warnings.warn("now an error", MyWarning)
    except MyWarning as e:
        print("raised:", e)

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="ignore.*")
    warnings.warn("ignore me please")
    print("ignored silently")

warnings.resetwarnings()
warnings.simplefilter("default")
atexit.register(print, "atexit: registered first, runs last")
@atexit.register
def goodbye():
    print("atexit: goodbye", file=sys.stderr)
atexit.register(lambda: print("atexit: lambda runs first"))
print("about to warn to stderr", flush=True)
warnings.warn("this goes to stderr", UserWarning)
def helper():
    sys.exit("fatal: configuration missing")
helper()
print("never printed")
