#!/usr/bin/env python3
"""Writes the seed inputs of the fuzz corpus (fuzz/corpus/<target>/seed-*), run with CPython 3.12.

    fuzz/seeds.py

Seeds are small, valid or nearly valid inputs that reach the interesting parts of each target;
inputs a fuzzer found failing are added next to them as found-* files (never regenerated here).
The byte layout each target expects is described in fuzz/Targets/FuzzTargets.cs."""
import glob
import json
import marshal
import os
import struct
import zlib

ROOT = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(ROOT, '..', 'tests', 'Isolated.Tests', 'Conformance', 'cases')


def write(target, items):
    folder = os.path.join(ROOT, 'corpus', target)
    os.makedirs(folder, exist_ok=True)
    for old in glob.glob(os.path.join(folder, 'seed-*')):
        os.remove(old)
    for i, data in enumerate(items):
        if isinstance(data, str):
            data = data.encode('utf-8')
        with open(os.path.join(folder, f'seed-{i:03d}'), 'wb') as f:
            f.write(data)


SNIPPETS = [
    'x = 1\n', 'def f(a, /, b=2, *c, d, **e): return a\n', 'class C[T](Base, metaclass=M): pass\n',
    'lambda x, *y: (yield)\n', 'f"{x!r:>{width}} {y=} {z:{w}.{p}f}"\n', 'match p:\n case {"a": [1, *r]} | C(x=0): pass\n',
    'async def g():\n    async with a as b, c:\n        await d\n    async for i in j: yield i\n',
    'try:\n    pass\nexcept* (A, B) as e:\n    raise X from None\nfinally:\n    del q\n',
    'x = (1,\n', 'def f(:\n', 'if x:\npass\n', '\tif 1:\n        pass\n', "'unterminated\n", 'f"{"\n', '0b102\n',
    '1_000_000j + 0x_ff + 0o17 + 1e-3\n', 'a[1:2, ::3, ...] = *b, c = d\n', '# -*- coding: latin-1 -*-\nx = "\xe9"\n',
    'type X[T: int, *Ts, **P] = dict[T, tuple[*Ts]]\n', 'global x\nnonlocal y\n', 'print(*[i async for i in a])\n',
    '[x for x in range(3) if (y := x)]\n', 'with (open(a) as b, open(c) as d): pass\n', 'del (a, [b, c])\n',
    'r"\\N{LATIN SMALL LETTER A}" b"\\x00" rb"\\d" "\\N{BULLET}"\n', '@a.b(c)\n@d\ndef e(): ...\n',
]

# source: corpus programs about the language itself, and the snippets.
lang = sorted(glob.glob(os.path.join(CASES, 'lang', '*.py')))[:40]
write('source', [open(p, 'rb').read() for p in lang] + SNIPPETS + [
    'def f(n): return f(n + 1)\nf(0)\n', 'while True: pass\n', 'x = [0] * 10**6\ny = str(10**5000)\n',
    'class A:\n    def __eq__(s, o): return s == o\nA() == A()\n', 'import re\nre.match("(a*)*b", "a" * 30)\n'])

# compile: mode byte (0 exec, 1 eval, 2 single) + source.
write('compile', [bytes([i % 3]) + s.encode('utf-8', 'surrogatepass') for i, s in enumerate(SNIPPETS)] + [
    b'\x01(' * 200, b'\x00\xef\xbb\xbfx = 1\n', b'\x00# coding: utf-16\nx', b'\x00\xff\xfe\x00', b'\x02if 1:\n  x\n y\n'])

# sre: flags byte (bit0 I, bit1 M, bit2 S, bit3 X, bit4 A, bit7 bytes) + pattern + NUL + subject.
PATTERNS = [
    (r'(a|b)*c', 'ababababc'), (r'^(\w+)@(\w+)\.com$', 'user@example.com'), (r'(?P<y>\d{4})-(?P=y)', '2024-2024'),
    (r'(?i)straße', 'STRASSE strasse'), (r'(?<=\$)\d+(?:\.\d\d)?', 'cost: $42.50'), (r'(?=(\w\w))', 'abcd'),
    (r'[^\W\d_]+', 'héllo wörld 42'), (r'(a+)+$', 'aaaaaaaaaaaaaaaaaaaaaab'), (r'\b(?:foo|bar)\b', 'foo bar foobar'),
    (r'(?x) a  b # comment\n c', 'abc'), (r'(?s:.)+?x', 'a\nbx'), (r'(?(1)a|b)', 'b'), (r'(a)?(?(1)b|c)', 'ab c'),
    (r'[\u0100-\uffff]+', 'abc\u0101\u1234'), (r'(?>a+)b', 'aaab'), (r'a*+b', 'aaab'), (r'\d{2,}?', '12345'),
    (r'(.)\1', 'aabbcc'), (r'[[:alpha:]]', 'x'), (r'(?<!a)b', 'ab cb'), (r'^$', ''), (r'(', 'x'), (r'a{3,2}', 'a'),
]
write('sre', [bytes([i * 7 % 32 | (0x80 if i % 5 == 4 else 0)]) + p.encode('utf-8') + b'\0' + s.encode('utf-8')
              for i, (p, s) in enumerate(PATTERNS)])

# struct: format + NUL + payload.
FORMATS = ['<i', '>hHlLqQ', '@bBc?xn', '=efd', '!I3s', '5p', 'P', '<10x2i', '0s', '>Q', 'N', '3?', '<e',
           '999999999999999999999i', '2147483647s', '@iiiiiiii', '<hx', 's', 'bad']
payload = bytes(range(256))
write('struct', [f.encode() + b'\0' + payload[:struct.calcsize(f) if f[:1] != '9' and f not in ('2147483647s', 'bad') else 16]
                 for f in FORMATS])

# json: documents.
DOCS = ['{"a": [1, 2.5, -3e10, true, false, null], "b": {"c": "\\u00e9\\ud83d\\ude00"}}', '[' * 50 + ']' * 50,
        '"\\ud800"', '1e400', '-0', '[1,]', '{"a" 1}', 'NaN', '[-Infinity]', '"\\x"', '  123  ', '"' + 'a' * 300 + '"',
        json.dumps({'k%d' % i: list(range(i)) for i in range(20)}), '{"a": 1, "a": 2}', '\ufeff[]', '[1] x']
write('json', DOCS)

# marshal: dumps of data values, and broken versions.
VALUES = [None, True, 1, -2**70, 3.25, complex(1, -2), 'text é \U0001f600', b'bytes', (1, (2, 3)), [1, [2]],
          {'a': 1, 2: (3,)}, {1, 2}, frozenset({'x'}), ..., StopIteration, '']
blobs = [marshal.dumps(v) for v in VALUES]
write('marshal', blobs + [b[:-1] for b in blobs if len(b) > 2] + [b'\xff' * 8, b'[' + b'\x00' * 8])

# codecs: codec index + errors index + payload (indexes as in the driver's tables).
PAYLOADS = ['héllo wörld'.encode(), b'\xff\xfe' + 'hi'.encode('utf-16-le'), b'+AGEAYgBj-', b'\\u00e9\\N{BULLET}\\x4',
            b'\xed\xa0\x80\xc3\x28', b'xn--bcher-kva.example', b'aGVsbG8=\n', b'68656c6c6f', zlib.compress(b'hello' * 20),
            b'=3D=0A soft=\nbreak', b'begin 644 f\n%:&5L;&\\\n`\nend\n', 'テスト'.encode('shift_jis'), b'\x81\x82\x83']
write('codecs', [bytes([i % 28, i % 6]) + p for i, p in enumerate(PAYLOADS)] + [bytes([i, 0]) + PAYLOADS[0] for i in range(28)])

# zlib: wbits index (15, -15, 31, 47, 9, -9, 0) + stream.
raw = b'The quick brown fox jumps over the lazy dog. ' * 40
def deflate(wbits, data=raw, level=6):
    c = zlib.compressobj(level, zlib.DEFLATED, wbits)
    return c.compress(data) + c.flush()
streams = [b'\x00' + deflate(15), b'\x01' + deflate(-15), b'\x02' + deflate(31), b'\x03' + deflate(31),
           b'\x04' + deflate(9), b'\x05' + deflate(-9), b'\x00' + deflate(15, bytes(range(256)) * 8, 9),
           b'\x00' + deflate(15, b'', 0), b'\x00' + deflate(15)[:-3], b'\x01' + bytes(range(256))]
write('zlib', streams)

# numbers: text NUL format-spec.
NUMBERS = ['123\0>10,d', '-0x_ff\0+#x', '1_000.5e-3\0.3f', 'inf\0%', 'nan\0e', '  +12  \0_b', '0o777\0o', '1e400\0g',
           '0x1.8p3\0.10a', '12345678901234567890123456789\0,', '(1+2j)\0^20', '3/7\0.2%', '\u0661\u0662\0c',
           '%s %r %5.2f %x\0', '{0:{1}} {a!r}\0', '\0%(a)d', '1__0\0=+08.3f', '0.1\0z.2f']
write('numbers', NUMBERS)
print('seeds written under', os.path.join(ROOT, 'corpus'))
