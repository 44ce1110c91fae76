# PEP 563: with `from __future__ import annotations` annotations are stored as strings, rendered
# the way CPython unparses them.
from __future__ import annotations

import typing


def f(a: int, b: list[int] = [], *args: tuple[str, ...], c: "int" = 1, **kw: dict[str, int | None]) -> None:
    pass


print(f.__annotations__)

x: int = 5
y: typing.Optional[str]
z: lambda a, *b, c=1, **d: a
print(__annotations__)


class C:
    attr: ClassVar[int] = 1
    other: "C"
    def m(self, o: C) -> C: return o


print(C.__annotations__)
print(C.m.__annotations__)

EXPRESSIONS = [
    "a", "a.b.c", "a[b]", "a[b, c]", "a[(b, c)]", "a[b:c]", "a[b:c:d]", "a[::2]", "a[:, 1]", "a[*b]",
    "a | b | c", "(a | b) & c", "a + b * c", "(a + b) * c", "a - (b - c)", "(a - b) - c",
    "a ** b ** c", "(a ** b) ** c", "-a ** b", "(-a) ** b", "not a", "not (a and b)", "a and b or c",
    "a and (b or c)", "a < b < c", "a is not b", "a not in b", "~a", "+a", "-1", "1 + 2j", "1.5", "1e300 * 1e300",
    "'str'", "b'bytes'", "'it\\'s'", '"quote\\"s"', "None", "True", "...", "1_000",
    "(1,)", "()", "(a, b)", "[a, b]", "[]", "{}", "{a: b, **c}", "{a, b}", "{*a, *b}",
    "f(a, b=c, *d, **e)", "f(x for x in y)", "f()", "a if b else c", "(a if b else c) if d else e",
    "lambda: 1", "lambda x, /, y=2, *z, w, **v: x", "[x for x in y if x for z in w]", "{x: y for x, y in z}",
    "{x for x in y}", "(x for x in y)", "f'{a}'", "f'{a!r:>10} and {b=}'", "f'{a:{b}}'", "f'{{literal}}'",
    "1 .real", "a[1:2, 3]", "a @ b", "a // b % c", "a << b >> c", "a ^ b",
    "[*a, b]", "-(-a)", "not not a", "a.b(c)[d]", "(a, *b)",
]
for text in EXPRESSIONS:
    ns = {}
    exec(f"from __future__ import annotations\nv: {text}", ns)
    print(repr(text), "->", repr(ns["__annotations__"]["v"]))


def g(p: undefined_name) -> also_undefined:
    pass


print(g.__annotations__)
print(typing.get_type_hints(f))


class Node:
    next: Node | None
    value: int


print(typing.get_type_hints(Node))
print(f.__code__.co_flags & 0x1000000 != 0)

# Annotations of locals are never evaluated; the target's parts still are.
def h():
    q: undefined = 1
    return q
print(h())

# Without the future import, annotations are evaluated.
ns = {}
exec("def k(a: 1 + 2) -> list[int]: pass", ns)
print(ns["k"].__annotations__)

# compile() with the feature's flag, and inheriting it.
import __future__
code = compile("def k(a: 1 + 2): pass", "<f>", "exec", __future__.annotations.compiler_flag)
ns = {}
exec(code, ns)
print(ns["k"].__annotations__)
ns = {}
exec("def k2(a: 1 + 2): pass", ns)
print(ns["k2"].__annotations__)
ns = {}
exec(compile("def k3(a: 1 + 2): pass", "<f>", "exec", dont_inherit=True), ns)
print(ns["k3"].__annotations__)

for bad in ["from __future__ import braces", "from __future__ import nonexistent",
            "import os\nfrom __future__ import annotations", "'''doc'''\nfrom __future__ import annotations\nx = 1"]:
    try:
        compile(bad, "<bad>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
