# untokenize round-trips: full 5-tuples give the source back exactly; 2-tuples give source
# that tokenizes to the same (type, string) pairs.
import io
import tokenize

sources = [
    "x = 1\n",
    "def f(a, b=2):\n    '''doc'''\n    return a + b  # sum\n\n\nclass C:\n    pass\n",
    "if x:\n    y = [1,\n         2]\nelse:\n    z = {'a': (1, 2)}\n",
    "s = f'{x!r:>10} and {y}'\nt = 'a' + 'b'\n",
    "async def g():\n    async for i in aiter():\n        await i\n",
    "x = 1 # trailing",
]
for src in sources:
    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    full = tokenize.untokenize(toks)
    print(repr(src[:30]), "exact:", full == src)
    pairs = [(t.type, t.string) for t in toks]
    compat = tokenize.untokenize(pairs)
    again = [(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO(compat).readline)]
    strip = lambda ts: [p for p in ts if p[0] not in (tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER)]
    print("  compat:", repr(compat))
    print("  same tokens:", strip(again) == strip(pairs))

# bytes round trip through tokenize.tokenize (ENCODING first)
data = b"# coding: utf-8\nx = '\xc3\xa9'\n"
toks = list(tokenize.tokenize(io.BytesIO(data).readline))
print(tokenize.untokenize(toks) == data, toks[0])
