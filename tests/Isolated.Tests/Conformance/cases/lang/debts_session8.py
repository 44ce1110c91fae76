# Known language debts of issue 4 (session 8): builtin subclass registration, dict method
# argument errors, types.UnionType subscription, syntax error positions.
import traceback
from typing import TypeVar

# Builtin types register with their bases: bool under int, exceptions under theirs.
print(bool in int.__subclasses__())
print(type in object.__subclasses__(), int in object.__subclasses__())
print(ValueError in Exception.__subclasses__(), UnicodeError in ValueError.__subclasses__())
print(KeyError in LookupError.__subclasses__())
class MyInt(int): pass
print(MyInt in int.__subclasses__(), int.__subclasses__().index(bool) < int.__subclasses__().index(MyInt))

# dict methods: qualified name for keywords, bare name for counts.
for call in (lambda: {}.get(key=1), lambda: {}.get(), lambda: {}.get(1, 2, 3),
             lambda: {}.setdefault(k=1), lambda: {}.setdefault(), lambda: {}.pop(k=1),
             lambda: {}.pop(), lambda: dict.fromkeys(x=1), lambda: {}.popitem(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# int | str is a types.UnionType; only unions with type variables can be subscripted.
T = TypeVar("T")
K = TypeVar("K")
for u in (int | str, int | None):
    try:
        u[int]
    except TypeError as e:
        print("TypeError:", e)
g = int | list[T]
print(g.__parameters__, g[str], type(g[str]).__name__)
h = list[T] | dict[K, T]
print(h.__parameters__, h[int, str])
print((list[T] | set[T])[int], type((list[T] | list[int])[int]).__name__)
try:
    g[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    list[int][int]
except TypeError as e:
    print("TypeError:", e)
type Alias = list[int]
print(Alias.__module__, Alias.__name__, Alias.__value__)

# Syntax error positions: the tokenizer's end_offset (-1 unknown, 0) and the caret drawn.
sources = [
    "if 1:\n\tx=1\n        y=2\n", "  x\n", "if 1:\n    a\n  b\n", "x = 1 \\ 2\n",
    "x = 'abc\n", "x = '''abc\n", "1_\n", "x = 1e\n", "a = 5 +\\\n",
    "for i in x:\npass\n", "def f():\nreturn 5\n", "f(**a, *b)\n", "f(**a, *bcd.e)\n",
    "\n".join(" " * i + "if 1:" for i in range(101)) + "\n" + " " * 101 + "pass\n",
]
for src in sources:
    try:
        compile(src, "<t>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
        print("".join(traceback.format_exception_only(e)), end="")
