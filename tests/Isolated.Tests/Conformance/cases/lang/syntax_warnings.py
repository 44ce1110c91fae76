# Compile-time SyntaxWarnings of CPython 3.12 (category, message, line), each once per
# compile, and the SyntaxError they become under the 'error' filter.
import warnings

sources = [
    "x = '\\d'",
    "x = b'\\d'",
    "x = '\\777'",
    "x = 1\nif x is 1: pass",
    "x = 1\nif x is not 'a': pass",
    "x = () is ()",
    "x = 1 is None",
    "x = None is x",
    "assert (1, 'msg')",
    "x = 1(2)",
    "x = 'a'(2)",
    "x = [1](2)",
    "x = None(1)",
    "x = ...(1)",
    "x = {1}(2)",
    "x = (1, 2)(3)",
    "x = (1,2)[3]",
    "x = 'abc'['a']",
    "x = [1, 2]['a']",
    "x = 5[0]",
    "x = {1}[1]",
    "x = {1: 2}[1]",
    "x = 1if 1 else 2",
    "x = 0x1for x in []",
    "x = [0x1for x in []]",
    "x = 1or 2",
    "def f():\n    try:\n        pass\n    finally:\n        return 1",
    "def f():\n    for x in y:\n        try:\n            pass\n        finally:\n            break",
    "while x is 1:\n    pass",
    "x = '\\d' + '\\d'",
]

for src in sources:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(src, "case.py", "exec")
    print(repr(src))
    for w in caught:
        print("   ", w.category.__name__, str(w.message), w.filename, w.lineno)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ["x = '\\d'", "x = 1 is 1", "x = 1(2)", "assert (1, 2)", "x = 1if 1 else 2"]:
        try:
            compile(src, "strict.py", "exec")
            print("compiled", repr(src))
        except SyntaxError as e:
            print("SyntaxError:", e.msg, e.filename, e.lineno)

# The warning reaches warnings.showwarning with the right file and line.
import io
buf = io.StringIO()
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: buf.write(
        f"{category.__name__}: {message} ({filename}:{lineno})\n")
    exec(compile("a = 1\nb = a is 'x'\n", "shown.py", "exec"))
print(buf.getvalue(), end="")
