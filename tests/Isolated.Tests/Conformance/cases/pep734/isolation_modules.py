# conformance: by hand
# Expected output written by hand from CPython 3.14's concurrent.interpreters documentation
# (no CPython 3.14 on this machine to generate it).
# Each interpreter has its own modules, builtins and __main__: changes in one are invisible in another.
import sys
from concurrent import interpreters


def probe():
    import sys
    import json
    return (
        "json" in sys.modules,
        hasattr(json, "patched"),
        sys.path[:0],
        getattr(sys, "marker", None),
    )


def patch():
    import json
    import sys
    import builtins
    json.patched = True
    sys.marker = "set in sub"
    builtins.shout = lambda s: s.upper() + "!"
    return shout("patched")


if __name__ == "__main__":
    a = interpreters.create()
    b = interpreters.create()
    print("a patch:", a.call(patch))
    print("a probe:", a.call(probe))
    print("b probe:", b.call(probe))
    import json
    print("main json patched:", hasattr(json, "patched"), "| main marker:", getattr(sys, "marker", None))
    print("main has shout:", "shout" in dir(__builtins__))
    a.exec("import builtins; result = shout('again')")
    a.exec("import sys; sys.modules['__main__'].seen = result")
    try:
        b.exec("shout('x')")
    except interpreters.ExecutionFailed as e:
        print("b:", e.excinfo.type.__name__, "|", e.excinfo.msg)
    a.exec("import math; math.pi = 3")
    b.exec("import math; assert math.pi > 3.14")
    print("math.pi in main:", __import__("math").pi > 3.14)
    a.exec("x = 1")
    b.exec("x = 2")
    a.exec("assert x == 1")
    b.exec("assert x == 2")
    print("separate __main__ globals: ok")
    a.close()
    b.close()
