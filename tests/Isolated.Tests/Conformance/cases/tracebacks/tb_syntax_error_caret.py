# conformance: stderr
# SyntaxError display: the offending line with a caret range, through traceback's
# format_exception_only and through the uncaught-exception printer.
import traceback

sources = [
    "x = (1 +\n",
    "print 'hello'\n",
    "def f(:\n    pass\n",
    "a = 1 +* 2\n",
    "for x in range(3)\n    pass\n",
    "f(a for a in b, c)\n",
    "x = [1, 2, 3\ny = 4\n",
    "if True:\npass\n",
    "  x = 1\n",
    "return 5\n",
]
for src in sources:
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        print("".join(traceback.format_exception_only(type(e), e)), end="")
        print("--")

exec(compile("value = 1\nvalue ==== 2\n", "snippet.py", "exec"))
