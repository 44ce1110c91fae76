# Archives and binary formats in memory: zipfile, tarfile, gzip, struct, array, memoryview.
import array
import gzip
import io
import struct
import tarfile
import zipfile
import zlib

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
    zf.writestr("readme.txt", "hello zip\n" * 20)
    zf.writestr("data/numbers.csv", "\n".join(str(i) for i in range(100)))
    info = zipfile.ZipInfo("data/empty.bin", date_time=(2020, 1, 2, 3, 4, 6))
    zf.writestr(info, b"")
buf.seek(0)
with zipfile.ZipFile(buf) as zf:
    for i in zf.infolist():
        print(i.filename, i.file_size, i.compress_type, i.compress_size < i.file_size or i.file_size == 0)
    print(zf.read("readme.txt")[:10], zf.namelist(), zf.testzip())
    with zf.open("data/numbers.csv") as f:
        print(sum(int(line) for line in io.TextIOWrapper(f)))
    print(zf.getinfo("data/empty.bin").date_time)
print(zipfile.is_zipfile(buf), zipfile.is_zipfile(io.BytesIO(b"nope")))

tbuf = io.BytesIO()
with tarfile.open(fileobj=tbuf, mode="w:gz") as tf:
    for name, data in [("a.txt", b"alpha"), ("dir/b.txt", b"bravo!")]:
        ti = tarfile.TarInfo(name)
        ti.size = len(data)
        ti.mtime = 1700000000
        ti.mode = 0o644
        tf.addfile(ti, io.BytesIO(data))
tbuf.seek(0)
with tarfile.open(fileobj=tbuf, mode="r:gz") as tf:
    for m in tf.getmembers():
        print(m.name, m.size, oct(m.mode), m.isfile(), tf.extractfile(m).read())

raw = b"The quick brown fox " * 50
gz = gzip.compress(raw, mtime=0)
print(len(raw), len(gz) < len(raw), gzip.decompress(gz) == raw, gz[:4].hex())
co = zlib.compressobj(level=9)
stream = co.compress(raw) + co.flush()
print(zlib.decompress(stream) == raw, zlib.crc32(raw), zlib.adler32(b"abc"))

header = struct.pack("<4sHHI", b"BMPX", 2, 16, 123456)
print(header.hex(), struct.calcsize("<4sHHI"), struct.unpack("<4sHHI", header))
records = b"".join(struct.pack(">hf?", i, i / 4, i % 2 == 0) for i in range(4))
print([r for r in struct.iter_unpack(">hf?", records)])
print(struct.pack("!Q", 2 ** 40), struct.unpack("<d", struct.pack("<d", -1.5)), struct.pack("3s", b"abcdef"))
try:
    struct.pack("<H", 70000)
except struct.error as e:
    print("struct.error:", e)
s = struct.Struct("<ii")
print(s.size, s.format, s.unpack_from(b"\x00" * 4 + struct.pack("<ii", 7, -7), 4))

a = array.array("i", range(10))
a.append(99)
a.extend([5, 5])
print(a, a.itemsize, a.count(5), a.index(99), a.tobytes()[:8], a[2:5], a.typecode)
f = array.array("d", [1.5, 2.5])
f.frombytes(struct.pack("d", 3.5))
print(f.tolist(), sum(f), array.array("u", "héllo").tounicode(), array.array("B", b"\x01\x02") * 2)
m = memoryview(bytearray(b"abcdefgh"))
m[0:2] = b"XY"
print(bytes(m), m[2:4].tobytes(), m.nbytes, m.readonly, m.format, m[::2].tobytes(), bytes(m.obj))
mi = memoryview(array.array("h", [1, -2, 3]))
print(mi.tolist(), mi.itemsize, mi.cast("B").tolist()[:4], len(mi.cast("B")))
ba = bytearray(b"hello")
ba[0] = ord("J")
ba += b"!!"
del ba[1]
print(ba, ba.upper(), ba.find(b"l"), bytes.fromhex("de ad be ef"), b"\x00\xff".hex(":"), int.from_bytes(b"\x01\x00", "little"), (258).to_bytes(2, "big"))
