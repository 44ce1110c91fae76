import zlib
# CPython-produced streams (deterministic bytes regardless of our compressor)
ref = {}
data = b"hello world " * 50 + bytes(range(256)) * 3
for wbits in (15, -15, 31):
    for level in (0, 1, 6, 9):
        co = zlib.compressobj(level, zlib.DEFLATED, wbits)
        ref[(wbits, level)] = co.compress(data) + co.flush()
print(zlib.crc32(data), zlib.adler32(data), zlib.crc32(b"abc", 123), zlib.adler32(b"abc", 7))
for (wbits, level), c in sorted(ref.items()):
    print(wbits, level, zlib.decompress(c, wbits) == data, zlib.decompress(c, 47 if wbits != -15 else -15) == data)
    d = zlib.decompressobj(wbits)
    out = b"".join(d.decompress(c[i:i+7]) for i in range(0, len(c), 7))
    print(" stream", out == data, d.eof, d.unused_data, d.unconsumed_tail)
    d = zlib.decompressobj(wbits)
    out = d.decompress(c + b"TRAILING", 100)
    print(" limited", len(out), len(d.unconsumed_tail) > 0, d.eof)
    while d.unconsumed_tail and not d.eof:
        out += d.decompress(d.unconsumed_tail, 100)
    print(" limited2", out == data, d.eof, d.unused_data)
    d2 = zlib.decompressobj(wbits); d2.decompress(c[:20]); d3 = d2.copy(); print(" copy", d3.decompress(c[20:]) == d2.decompress(c[20:]))
# round trips through our compressor
for wbits in (15, -15, 31):
    for level in (-1, 0, 1, 9):
        c = zlib.compress(data, level, wbits)
        assert zlib.decompress(c, wbits) == data
        co = zlib.compressobj(level, zlib.DEFLATED, wbits)
        parts = [co.compress(data[:100]), co.flush(zlib.Z_SYNC_FLUSH), co.compress(data[100:]), co.flush()]
        dd = zlib.decompressobj(wbits)
        assert dd.decompress(parts[0] + parts[1]) == data[:100], (wbits, level)
        assert dd.decompress(b"".join(parts[2:])) == data[100:]
        assert dd.eof
print("roundtrips ok")
for bad in [lambda: zlib.decompress(b"garbage"), lambda: zlib.decompress(zlib.compress(b"abc")[:-2]), lambda: zlib.decompress(b"x\x9c\x03\x00"), lambda: zlib.decompress(ref[(15, 6)][:-1] + b"\x00"), lambda: zlib.compress(b"", 10), lambda: zlib.decompressobj(100), lambda: zlib.decompress(b"\x1f\x8b\x09" + b"\x00" * 20, 31)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(zlib.MAX_WBITS, zlib.Z_SYNC_FLUSH, zlib.error.__mro__[1].__name__)
d = zlib.decompressobj(); print(d.decompress(ref[(15, 9)]) == data, d.decompress(b"more"), d.unused_data, d.flush())
d = zlib.decompressobj(zdict=b"hello world ")
import gzip, io, tarfile
g = gzip.compress(data, mtime=0); print(gzip.decompress(g) == data, gzip.decompress(g + g) == data * 2)
bio = io.BytesIO()
with gzip.GzipFile(fileobj=bio, mode="wb", mtime=0) as f: f.write(data)
bio.seek(0)
with gzip.GzipFile(fileobj=bio) as f: print(f.read() == data)
tb = io.BytesIO()
with tarfile.open(fileobj=tb, mode="w:gz") as t:
    info = tarfile.TarInfo("x.txt"); info.size = len(data); info.mtime = 0
    t.addfile(info, io.BytesIO(data))
tb.seek(0)
with tarfile.open(fileobj=tb, mode="r:gz") as t:
    print(t.getnames(), t.extractfile("x.txt").read() == data)
