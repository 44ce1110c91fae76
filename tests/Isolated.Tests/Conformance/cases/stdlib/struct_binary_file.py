# Writing and reading a binary record file with struct and io.BytesIO, including a header, variable strings and seek/tell.
import io
import struct

HEADER = struct.Struct("<4sHI")
RECORD = struct.Struct("<IhdB")
people = [(1, -5, 72.5, 30), (2, 300, 88.25, 41), (3, 0, 65.0, 19)]
names = ["Ann", "Bartholomew", "Cy"]
buf = io.BytesIO()
buf.write(HEADER.pack(b"RECS", 1, len(people)))
for (rid, delta, weight, age), name in zip(people, names):
    buf.write(RECORD.pack(rid, delta, weight, age))
    encoded = name.encode()
    buf.write(struct.pack("<B", len(encoded)) + encoded)
size = buf.tell()
print("file size", size, HEADER.size, RECORD.size)
buf.seek(0)
magic, version, count = HEADER.unpack(buf.read(HEADER.size))
print(magic, version, count)
offsets = []
for _ in range(count):
    offsets.append(buf.tell())
    rid, delta, weight, age = RECORD.unpack(buf.read(RECORD.size))
    (n,) = struct.unpack("<B", buf.read(1))
    name = buf.read(n).decode()
    print(rid, delta, weight, age, name)
print(offsets, buf.read(), buf.tell() == size)
buf.seek(offsets[1])
print(RECORD.unpack(buf.read(RECORD.size))[0])
raw = bytearray(buf.getvalue())
struct.pack_into("<d", raw, offsets[2] + 6, 99.5)
print(RECORD.unpack_from(raw, offsets[2]))
print(struct.unpack("<3s", b"abc"), struct.pack("<?", 2), struct.pack("<e", 1.5).hex(), struct.unpack("<e", b"\x00\x3c"), struct.pack(">q", -1).hex())
print(struct.calcsize("<iq"), struct.calcsize("@iq"), struct.calcsize("<5s2x3p"), struct.pack("<5p", b"hi"), struct.unpack("<2xH", b"\x00\x00\x01\x00"))
try:
    HEADER.unpack(b"short")
except struct.error as e:
    print("struct.error:", e)
