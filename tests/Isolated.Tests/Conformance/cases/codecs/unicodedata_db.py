import unicodedata as u
print(u.unidata_version, u.name('a'), u.name('\u20ac'), u.name('\uac00'), u.name('\u4e00'), u.lookup('snake'), u.lookup('HANGUL SYLLABLE GAG'), u.lookup('CJK UNIFIED IDEOGRAPH-4E01'))
print(u.category('a'), u.category('\u0378'), u.bidirectional('\u05d0'), u.combining('\u0301'), u.east_asian_width('\u4e00'), u.mirrored('('), u.decomposition('\u00e9'), u.decomposition('\ufb01'))
print(u.decimal('5'), u.digit('\u00b2'), u.numeric('\u00bd'), u.numeric('\u4e09'), u.decimal('a', None))
for f in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    print(f, ascii(u.normalize(f, 'e\u0301\ufb01\u00c5\u1e9b\u0323 \uac00\u1100\u1161\u11a8')), u.is_normalized(f, '\u00e9'))
print(u.ucd_3_2_0.unidata_version, u.ucd_3_2_0.category('\U0001F40D'), u.ucd_3_2_0.name('a'), type(u.ucd_3_2_0).__name__)
print(ascii(u.lookup('KEYCAP NUMBER SIGN')), ascii(u.lookup('LATIN CAPITAL LETTER GHA')))
print("\N{EM DASH}\N{snake}\N{LATIN SMALL LETTER E WITH ACUTE}", 'x\u20acy'.encode('ascii', 'namereplace'), b'\\N{EM DASH}'.decode('unicode_escape'))
for bad in [lambda: u.lookup('no such thing'), lambda: u.name('\x00'), lambda: u.category('ab'), lambda: u.category(5),
            lambda: u.normalize('NFX', 'a'), lambda: u.digit('x'), lambda: u.numeric('x'), lambda: b'\\N{nonsense}'.decode('unicode_escape')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
import stringprep
print(stringprep.in_table_a1('\u0221'), stringprep.in_table_b1('\u00ad'), stringprep.map_table_b2('\u00df'), stringprep.in_table_c12('\u00a0'), stringprep.in_table_d1('\u05d0'))
# Every 97th code point: all properties.
def H(n, x):
    return (n * 1000003 + sum((i + 1) * ord(c) for i, c in enumerate(repr(x)))) % (2**61 - 1)
n = 0
for cp in range(0, 0x110000, 97):
    if 0xd800 <= cp < 0xe000: continue
    c = chr(cp)
    n = H(n, (u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c), u.mirrored(c), u.decomposition(c), u.name(c, ''), u.numeric(c, -1), u.decimal(c, -1), u.digit(c, -1)))
print(n)
# str predicates against the database, non-ASCII
print([c for c in '\u00b2\u00bd\u0660\u2167\u4e09a\u00e9\u0301\u00a0\u2028' if c.isnumeric()], [c.isprintable() for c in '\u00a0\u00ad\u0378\u2028\U0001F40D'])
print('\u00e9t\u00e9'.isidentifier(), '\u2167x'.isidentifier(), '\u00b2'.isidentifier(), '\u0660'.isdecimal(), '\u00b2'.isdigit(), '\u00b2'.isdecimal())
# Normalization of pseudo-random strings
seed = 1
def rr(k):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % k
m = 0
for i in range(600):
    s = ''.join(chr([rr(0x300), 0x300 + rr(0x1d00), 0xac00 + rr(11172), 0x1100 + rr(19), 0x1161 + rr(21), 0xf900 + rr(0x700)][rr(6)]) for _ in range(6))
    m = H(m, tuple(u.normalize(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')))
print(m)
