# breakpoint() calls sys.breakpointhook, whose default honours $PYTHONBREAKPOINT (PEP 553).
import os
import subprocess
import sys

print(sys.breakpointhook is sys.__breakpointhook__, callable(breakpoint))


def myhook(*args, **kws):
    print("hook", args, sorted(kws.items()))
    return 42


sys.breakpointhook = myhook
print(breakpoint(1, "two", x=3))
print(breakpoint())
sys.breakpointhook = sys.__breakpointhook__

# $PYTHONBREAKPOINT is process-wide: a child process of our own changes it.
CHILD = r"""
import os
import sys
import warnings

os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint(), breakpoint(1, 2, k=3))
os.environ["PYTHONBREAKPOINT"] = "builtins.print"
print(breakpoint("via env", "twice", sep="|"))
os.environ["PYTHONBREAKPOINT"] = "print"
print(breakpoint("bare builtin name"))
os.environ["PYTHONBREAKPOINT"] = "_fixture_hooks.record"
sys.modules["_fixture_hooks"] = type(sys)("_fixture_hooks")
calls = []
sys.modules["_fixture_hooks"].record = lambda *a, **k: calls.append((a, k)) or "recorded"
print(breakpoint(5, key="v"), calls)

for bad in ["nosuchmod_xyz.func", "os.nosuchfunc", ".x", "os.", "no_such_builtin"]:
    os.environ["PYTHONBREAKPOINT"] = bad
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        print(repr(bad), breakpoint())
        print([str(x.message) for x in w], [x.category.__name__ for x in w])

os.environ["PYTHONBREAKPOINT"] = "0"
print(sys.__breakpointhook__())

# a hook that raises: the error propagates out of breakpoint()
os.environ["PYTHONBREAKPOINT"] = "_fixture_hooks.boom"


def boom():
    raise ValueError("from hook")


sys.modules["_fixture_hooks"].boom = boom
try:
    breakpoint()
except ValueError as e:
    print("ValueError", e)

"""
child = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                       env={**os.environ, "PYTHONBREAKPOINT": "0"})
print(child.stdout, end="")
print("child stderr:", child.stderr.strip().splitlines()[-1:], "rc", child.returncode)

del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError", e)
sys.breakpointhook = 5
try:
    breakpoint()
except TypeError as e:
    print("TypeError", e)
print(breakpoint.__name__, breakpoint.__module__)
