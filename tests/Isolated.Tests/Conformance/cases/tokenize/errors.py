# What tokenize raises for bad input: TokenError (from the tokenizer's SyntaxError) or the
# IndentationError/TabError itself, after the tokens produced before it.
from tokdump import dump_all

dump_all([
    "f(x,\n",
    "f(x,\n y,\n\n",
    "f(x,\n y",
    "x = [1,\n  2",
    "x = 1 \\\n",
    "x = 1 \\",
    "def f():\n  x = 1 \\\n",
    "'abc\n",
    "'abc",
    "x = '''abc\ndef",
    "'''abc\n\n",
    "f'abc",
    "f'''abc\n",
    "if 1:\n    x\n  y\n",
    "0x\n",
    "0b12\n",
    "a\x00\n",
    "x\ny = 'a\x00'\n",
])
