"""A binary file format: header + records + checksum, written and parsed back (struct, zlib, io, array, enum)."""
import array
import enum
import io
import struct
import zlib

class Kind(enum.IntEnum):
    TEMP = 1
    HUMIDITY = 2
    PRESSURE = 3

MAGIC = b"SNSR"
HEADER = struct.Struct("<4sHHI")          # magic, version, flags, count
RECORD = struct.Struct("<IBxhf")          # timestamp, kind, pad, raw, value

def write(records):
    out = io.BytesIO()
    out.write(HEADER.pack(MAGIC, 2, 0b101, len(records)))
    for r in records:
        out.write(RECORD.pack(*r))
    body = out.getvalue()
    out.write(struct.pack("<I", zlib.crc32(body)))
    return out.getvalue()

def read(blob):
    magic, version, flags, count = HEADER.unpack_from(blob, 0)
    if magic != MAGIC:
        raise ValueError(f"bad magic {magic!r}")
    end = HEADER.size + count * RECORD.size
    (crc,) = struct.unpack_from("<I", blob, end)
    if crc != zlib.crc32(blob[:end]):
        raise ValueError("checksum mismatch")
    recs = [RECORD.unpack_from(blob, HEADER.size + i * RECORD.size) for i in range(count)]
    return version, flags, recs

records = [(1700000000 + i * 60, Kind((i % 3) + 1), -i * 7, 20.5 + i / 4) for i in range(6)]
blob = write(records)
print(len(blob), HEADER.size, RECORD.size, blob[:16].hex(" "))
version, flags, recs = read(blob)
print(version, bin(flags))
for ts, kind, raw, value in recs:
    print(ts, Kind(kind).name, raw, round(value, 3))
bad = bytearray(blob)
bad[20] ^= 0xFF
for b in [bytes(bad), b"XXXX" + blob[4:]]:
    try:
        read(b)
    except ValueError as e:
        print("ValueError:", e)
try:
    read(blob[:10])
except struct.error as e:
    print("struct.error:", e)

values = array.array("f", (r[3] for r in recs))
print(values.itemsize, len(values.tobytes()), [round(v, 2) for v in values])
back = array.array("f")
back.frombytes(values.tobytes())
print(back == values, sum(back) / len(back))
be = array.array("H", [1, 256, 65535])
be.byteswap()
print(be.tobytes().hex(), struct.unpack(">3H", be.tobytes()) == (1, 256, 65535) or struct.unpack("<3H", be.tobytes()))
print(list(struct.iter_unpack("<hh", bytes(range(8)))), struct.pack("<?3x?", True, False).hex())
print(struct.pack(">q", -2).hex(), struct.pack("<Q", 2**64 - 1).hex(), struct.unpack("<d", struct.pack("<d", 1 / 3))[0] == 1 / 3)
print(struct.pack("@bhil", 1, 2, 3, 4).hex(), struct.calcsize("@bhil"), struct.calcsize("=bhil"), struct.pack("<2s2p", b"abc", b"xyz"))
