# tokenize.tokenize on bytes: the ENCODING token, coding cookies, a UTF-8 BOM, CRLF lines, and
# the lazy readline (no line is read before it is needed).
import io
import tokenize


def show(data, title):
    print("=====", title)
    try:
        for t in tokenize.tokenize(io.BytesIO(data).readline):
            print(tokenize.tok_name[t.type], repr(t.string), t.start, t.end, repr(t.line))
    except Exception as e:
        print(type(e).__name__, e)


show(b"x = 1\n", "plain")
show("# -*- coding: latin-1 -*-\ns = 'caf\xe9'\n".encode("latin-1"), "latin-1 cookie")
show(b"\xef\xbb\xbfx = '\xc3\xa9'\n", "BOM")
show(b"#!/usr/bin/env python\n# vim: set fileencoding=utf-8 :\nx = 1\n", "cookie on line 2")
show(b"a = 1\r\nif a:\r\n    b = '''x\r\ny'''\r\n\r\n# c\r\n", "CRLF")
show(b"x = '\xff'\n", "invalid utf-8")

print("===== lazy readline")
lines = ["x = 1\n", "if x:\n", "    y = 2\n", "z = 3\n"]
reads = []


def readline():
    if not lines:
        reads.append("EOF")
        return ""
    reads.append(len(reads))
    return lines.pop(0)


for t in tokenize.generate_tokens(readline):
    print(tokenize.tok_name[t.type], repr(t.string), t.start, "reads so far:", len(reads))

print("===== readline raising")


def bad():
    raise OSError("boom")


try:
    list(tokenize.generate_tokens(bad))
except OSError as e:
    print("OSError", e)

print("===== readline returning bytes to generate_tokens")
try:
    list(tokenize.generate_tokens(io.BytesIO(b"x\n").readline))
except TypeError as e:
    print("TypeError", e)

print("===== StopIteration ends the input")
print([t.string for t in tokenize.generate_tokens(iter(["a = (1,\n", "2)\n"]).__next__)])

import _tokenize
print("===== _tokenize.TokenizerIter, extra_tokens=False (exact operator types)")
# Only the tokens with text: CPython's NEWLINE/INDENT/ENDMARKER positions in this mode are its internals.
for tok in _tokenize.TokenizerIter(io.StringIO("x += (1 @ 2)\n\ny = a ** -b\n").readline, extra_tokens=False):
    if tok[0] in (tokenize.OP, tokenize.NAME, tokenize.NUMBER) or tokenize.ISTERMINAL(tok[0]) and tok[1].strip() and tok[0] != tokenize.NEWLINE:
        print(tokenize.tok_name[tok[0]], repr(tok[1]), tok[2], tok[3])
try:
    _tokenize.TokenizerIter(io.StringIO("x").readline)
except TypeError as e:
    print("TypeError", e)
