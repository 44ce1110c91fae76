# bytes and bytearray: every method, hex/fromhex, %-formatting, mutation.
def check(src):
    try:
        r = eval(src)
    except Exception as e:
        print(f"{src} !! {type(e).__name__}: {e}")
    else:
        print(f"{src} -> {r!r}")

for src in [
    "b'abc'", "bytes(3)", "bytes([65, 66])", "bytes('é', 'utf-8')", "bytes(range(250, 256))", "bytes([256])",
    "bytes('x')", "bytes(-1)", "bytes(b'ab')", "bytes(memoryview(b'xy'))", "bytes.fromhex('de ad BE ef')",
    "bytes.fromhex('abc')", "bytes.fromhex('zz')", "b'\\xde\\xad'.hex()", "b'\\xde\\xad\\xbe'.hex(':')",
    "b'\\xde\\xad\\xbe\\xef'.hex('-', 2)", "b'\\x01\\x02\\x03'.hex(' ', -2)", "b''.hex()",
    "b'hello'.upper()", "b'Hello'.swapcase()", "b'hello world'.title()", "b'hello'.capitalize()", "b'abc'.center(7, b'*')",
    "b'ab'.ljust(4)", "b'ab'.rjust(4, b'0')", "b'-5'.zfill(4)", "b'a\\tb'.expandtabs(4)",
    "b'a,b,c'.split(b',')", "b'a b  c'.split()", "b'a,b,c'.rsplit(b',', 1)", "b'a\\nb\\r\\nc'.splitlines()",
    "b'a\\nb'.splitlines(keepends=True)", "b'  x  '.strip()", "b'xxaxx'.strip(b'x')", "b'abc'.lstrip(b'a')",
    "b'k=v'.partition(b'='), b'a.b.c'.rpartition(b'.')", "b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')])",
    "b'-'.join(['a'])", "b'abcabc'.replace(b'b', b'XY')", "b'abcabc'.count(b'c')", "b'abcabc'.count(99)",
    "b'abcabc'.find(b'ca')", "b'abcabc'.find(98)", "b'abcabc'.rfind(b'b')", "b'abc'.index(b'z')",
    "b'abc'.startswith((b'x', b'a'))", "b'abc'.endswith(b'bc')", "b'abc'.removeprefix(b'a')", "b'abc'.removesuffix(b'c')",
    "b'abc'.isalpha()", "b'a1'.isalnum()", "b'12'.isdigit()", "b'ab'.islower()", "b'AB'.isupper()", "b' '.isspace()",
    "b'Ab Cd'.istitle()", "b'\\x80'.isascii()", "b'abc'.decode()", "b'\\xe9'.decode('latin-1')", "b'\\xff'.decode('utf-8', 'replace')",
    "b'\\xff'.decode()", "b'abc'.translate(bytes.maketrans(b'ab', b'xy'))", "b'abc'.translate(None, b'b')",
    "bytes.maketrans(b'a', b'bc')", "b'abc'[1]", "b'abc'[1:]", "b'abc'[::-1]", "b'abc' + b'd'", "b'ab' * 3",
    "b'a' in b'abc'", "97 in b'abc'", "300 in b'abc'", "'a' in b'abc'", "b'abc' == bytearray(b'abc')", "b'abc' < b'abd'",
    "b'abc' == 'abc'", "hash(b'abc') == hash(b'abc')", "list(b'hi')", "b'%s=%d' % (b'x', 5)", "b'%5.2f|%x|%c|%c' % (3.14159, 255, 65, b'z')",
    "b'%r' % 'x'", "b'%a' % 'é'", "b'%s' % 'x'", "b'%(k)s' % {b'k': b'v'}", "b'%b' % bytearray(b'z')",
    "bytes.fromhex('00ff').hex().upper()", "int.from_bytes(b'\\x00\\x01', 'big')", "str(b'\\x00\\n\\'\"')",
    "repr(bytearray(b'ab'))", "bytearray.fromhex('41 42')", "bytearray(b'abc').hex()", "bytearray(3)",
    "b'abc'.isascii()", "b'\\xffabc'.lower()", "bytes(bytearray(b'q'))", "b''.join([])", "b'a'.decode('utf-16')",
]:
    check(src)

ba = bytearray(b'hello')
ba[0] = ord('J')
ba += b' world'
ba.append(33)
ba.extend([63, 63])
ba.insert(0, 62)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord('o'))
print(ba)
ba.reverse()
print(ba)
ba[1:3] = b'XYZW'
print(ba)
del ba[::2]
print(ba)
ba[::2] = b'!' * len(ba[::2])
print(ba)
ba.clear()
print(ba, len(ba))
b2 = bytearray(b'abc')
b3 = b2.copy()
b3[0] = 120
print(b2, b3, b2 * 2, b2 + b3, bytearray(b'ab') == b'ab')
for bad in ["ba2 = bytearray(b'x'); ba2[0] = 256", "ba2 = bytearray(b'x'); ba2[5] = 1", "ba2 = bytearray(b'x'); ba2.remove(99)",
            "bytearray().pop()", "ba2 = bytearray(b'abc'); ba2[::2] = b'x'", "hash(bytearray())"]:
    try:
        exec(bad)
        print(bad, "ok")
    except Exception as e:
        print(bad, "!!", type(e).__name__, e)
m = bytearray(b'0123456789')
m[2:8] = b''
print(m, m.find(b'9'), m.upper(), m.split(b'1'), m.strip(b'09'), type(m.strip()).__name__)
print(bytearray(b'a,b').split(b','), [type(x).__name__ for x in bytearray(b'a,b').split(b',')])
print(sorted([b'b', b'a', b'ab', b''], reverse=True), max(b'zebra'), sum(b'\x01\x02'))
