# conformance: stderr
# Mistakes strangers make, and what Python prints for them: an exception escaping a thread,
# a suppressed context, a failing __exit__, and finally a typo'd name at the top level.
import sys
import threading


class Inventory:
    def __init__(self):
        self.items = {"apple": 3}

    def count(self, name):
        return self.items[name]


def worker(inv):
    inv.count("pear")


# The default hook's traceback names threading.py's own lines, which differ between 3.12 releases.
threading.excepthook = lambda a: print(f"Exception in thread {a.thread.name}: {a.exc_type.__name__}: {a.exc_value}",
                                       file=sys.stderr, flush=True)
t = threading.Thread(target=worker, args=(Inventory(),), name="stock-worker")
t.start()
t.join()
print("main continues after the thread died", flush=True)

try:
    try:
        int("seven")
    except ValueError:
        raise LookupError("could not parse stock level") from None
except LookupError as e:
    print("from None:", e.__suppress_context__, e.__cause__, type(e.__context__).__name__)


class Resource:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise RuntimeError("cleanup failed")


try:
    with Resource():
        raise KeyError("original")
except RuntimeError as e:
    print("exit error:", e, "| context:", repr(e.__context__))

inventory = Inventory()
try:
    inventory.cout("apple")
except AttributeError as e:
    print("AttributeError:", e, "| name:", e.name, "| obj is inventory:", e.obj is inventory)
totl = 0
for n in range(3):
    totl += n
print("total:", total)
