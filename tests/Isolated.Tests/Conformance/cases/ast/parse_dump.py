# ast.parse of every statement and expression kind, dumped with positions (UTF-8 byte columns).
import ast

SNIPPETS = [
    "x = 1",
    "a, *b = c = d",
    "x: int = 5\ny: 'str'",
    "x += 1; y <<= 2; z @= w",
    "del a, b[0], c.d",
    "import a.b as c, d\nfrom ..e import (f as g, h)\nfrom . import *",
    "global g; nonlocal n",
    "assert x, 'msg'",
    "raise E from None",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "for i, j in enumerate(x):\n    break\nelse:\n    continue",
    "while True:\n    x -= 1",
    "with open(f) as g, h:\n    pass",
    "with (a as b, c as d):\n    pass",
    "try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* ValueError:\n    pass",
    "@dec\n@dec2(1)\ndef f(a, b=1, /, c=2, *d, e, f=3, **g) -> int:\n    'doc'\n    return a",
    "async def f():\n    await x\n    async for a in b: pass\n    async with c: pass\n    return [i async for i in d]",
    "class C(B, metaclass=M, **kw):\n    x = 1",
    "def f[T, *Ts, **P](x: T) -> T: pass",
    "class C[T: (int, str)]: pass",
    "type Alias[K] = dict[K, int]",
    "lambda: 0",
    "lambda a, /, b=1, *c, d, **e: a",
    "a if b else c",
    "a and b or not c",
    "(x := 10)",
    "-a + +b * ~c ** d // e % f / g - h",
    "a << b >> c & d | e ^ f",
    "a < b <= c == d != e > f >= g is h is not i in j not in k",
    "f(a, *b, c=d, **e)",
    "x.y.z[1:2, ::3, ...]",
    "[1, 2.5, 3j, 'a', b'b', True, None, ...]",
    "{1: 2, **d}",
    "{1, *s}",
    "(1,)",
    "()",
    "[x for x in y if x if not x for z in x]",
    "{x for x in y}",
    "{k: v for k, v in d.items()}",
    "(x for x in y)",
    "def g():\n    yield\n    yield 1\n    x = yield from y",
    "f'{a}'",
    "f'a{b!r:>{width}.{p}}c{d=}e{{f}}'",
    "f'{x!s}' f\"{y!a}\" 'z'",
    "'abc' 'def'",
    "u'unicode'",
    "'é' + x",
    "s = 'ünïcödé'; t = x",
    "x = 0xFF + 0o17 + 0b11 + 1_000 + 1e10 + 10**100",
    "match x:\n    case 1 | 2: pass\n    case [a, *rest]: pass\n    case {'k': v, **kw}: pass\n    case Point(1, y=2): pass\n    case str() as s if s: pass\n    case None | True | False: pass\n    case -1 | 1+2j | 'a' 'b': pass\n    case _: pass",
    "x = (\n    1 +\n    2\n)",
    "print(*args, sep='')",
    "a[b:c]",
    "a[b, c]",
    "a[:]",
]

for src in SNIPPETS:
    tree = ast.parse(src)
    print(ast.dump(tree, include_attributes=True))

print(ast.dump(ast.parse("x + 1", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse("x = 1", mode="single"), include_attributes=True))
print(ast.dump(ast.parse("(int, *str) -> bool", mode="func_type")))
print(ast.dump(ast.parse("a\n", "<f>", "exec", feature_version=(3, 8))))
print(ast.dump(ast.parse(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n"), include_attributes=True))

# indent=, the node objects themselves.
print(ast.dump(ast.parse("def f(x):\n    return x"), indent=2))
t = ast.parse("a + b")
binop = t.body[0].value
print(type(binop).__name__, binop._fields, binop.lineno, binop.end_col_offset)
print(isinstance(binop, ast.expr), isinstance(binop.op, ast.operator), binop.left.ctx.__class__.__name__)
print(ast.parse("a + b").body[0].value.op is ast.parse("c + d").body[0].value.op or "ops are not shared between trees")

# Syntax errors come out as SyntaxError with CPython's message.
for bad in ["x = = 1", "def f(:", "f(**a, *b)", "(1 +"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset)
try:
    compile("1", "<x>", "func_type")
except ValueError as e:
    print("ValueError", e)
