import base64
import binascii
import gzip
import io
import zlib

raw = b"Hello, World! \x00\xff\xfe binary"
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.b32encode, base64.b32decode), (base64.b16encode, base64.b16decode),
                 (base64.a85encode, base64.a85decode), (base64.b85encode, base64.b85decode),
                 (base64.b32hexencode, base64.b32hexdecode)]:
    e = enc(raw)
    print(enc.__name__, e, dec(e) == raw)
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.standard_b64encode(b"ab"), base64.encodebytes(b"x" * 60))
print(base64.b64decode("aGVsbG8=\n"), base64.b64decode(b"aGVsbG8"[:4]), base64.b64decode("aGVs bG8=", validate=False))
for bad in ["aGVsbG8", "a", "aGVs!G8="]:
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print("binascii.Error:", e)
print(base64.a85encode(b"xyz", wrapcol=2, adobe=True), base64.b32decode("me======".upper()), base64.b16decode("ff", casefold=True))

print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.hexlify(b"abcdef", "-", 2), b"\xde\xad".hex(":"))
print(binascii.crc32(b"hello world"), hex(binascii.crc32(b"hello world")), binascii.crc32(b"world", binascii.crc32(b"hello ")))
print(binascii.crc_hqx(b"123456789", 0), binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64(b"aGk=\n"))
print(binascii.b2a_hex(b"\x00\x10"), binascii.a2b_qp(b"a=3Db"), binascii.b2a_qp(b"a=b \xff"))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print("Error:", e)

text = b"aaaaaaaaaabbbbbbbbbbaaaaaaaaaa" * 50 + b"the end"
comp = zlib.compress(text)
print(len(text), len(comp) < len(text), zlib.decompress(comp) == text, comp[:2].hex())
print(zlib.compress(b"hello", level=9).hex(), zlib.compress(b"hello", 0).hex())
print(zlib.crc32(b"hello"), zlib.adler32(b"hello"), zlib.adler32(b"lo", zlib.adler32(b"hel")))
c = zlib.compressobj(level=6, wbits=-15)
stream = c.compress(text[:500]) + c.compress(text[500:]) + c.flush()
d = zlib.decompressobj(wbits=-15)
print(d.decompress(stream) == text, d.eof, d.unused_data)
d2 = zlib.decompressobj()
out = d2.decompress(comp + b"TRAILER", 100)
print(len(out), len(d2.unconsumed_tail) > 0)
out += d2.decompress(d2.unconsumed_tail)
print(out == text, d2.unused_data, d2.eof)
gz_style = zlib.compressobj(wbits=31)
gz = gz_style.compress(b"zlib-made gzip") + gz_style.flush()
print(gzip.decompress(gz), zlib.decompress(gz, wbits=47))
try:
    zlib.decompress(b"not compressed")
except zlib.error as e:
    print("zlib.error:", e)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.DEF_MEM_LEVEL)

blob = gzip.compress(b"gzip payload\n" * 3, mtime=0)
print(blob[:4].hex(), gzip.decompress(blob))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as g:
    g.write(b"line 1\nline 2\n")
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as g:
    print(g.readlines())
buf.seek(0)
with gzip.open(buf, "rt", encoding="utf-8") as g:
    print([l.rstrip() for l in g])
print(gzip.decompress(gzip.compress(b"a") + gzip.compress(b"b")))
try:
    gzip.decompress(b"\x1f\x8bnotreally")
except Exception as e:
    print(type(e).__name__)
