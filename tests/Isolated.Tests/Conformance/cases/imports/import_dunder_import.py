m = __import__("conf_pkg.sub")
print(m.__name__)
m = __import__("conf_pkg.sub", fromlist=["thing"])
print(m.__name__)
m = __import__("conf_pkg", globals(), None, ["sub"], 0)
print(m.__name__, m.sub.thing)
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
try:
    __import__("x", level=-1)
except ValueError as e:
    print("ValueError:", e)
import builtins
seen = []
original = builtins.__import__
def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, tuple(fromlist or ()), level))
    return original(name, globals, locals, fromlist, level)
builtins.__import__ = tracing_import
import conf_mod
from conf_pkg import sub
builtins.__import__ = original
print([s for s in seen if s[0].startswith("conf")])
