import array
import struct
import uuid

u = uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
print(u, u.version, u.variant, u.hex, u.int, u.urn)
print(uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com"), uuid.uuid5(uuid.NAMESPACE_OID, "1.2.3"))
v = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(v, v.fields, v.time_low, v.time_mid, v.time_hi_version, v.clock_seq, v.node, v.bytes, v.bytes_le)
print(uuid.UUID(bytes=v.bytes) == v, uuid.UUID(int=v.int) == v, uuid.UUID(fields=v.fields) == v, uuid.UUID(bytes_le=v.bytes_le) == v)
print(repr(v), str(uuid.UUID("12345678123456781234567812345678")), uuid.UUID("urn:uuid:12345678-1234-5678-1234-567812345678") == v)
r = uuid.uuid4()
print(r.version, len(str(r)), r != uuid.uuid4(), uuid.uuid1().version)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)])[0], uuid.NIL if hasattr(uuid, "NIL") else uuid.UUID(int=0))
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print("ValueError:", e)

rec = struct.pack("<HIq3sf?", 1, 2, -3, b"abc", 1.5, True)
print(rec.hex(), len(rec), struct.calcsize("<HIq3sf?"), struct.calcsize("HIq3sf?"), struct.calcsize("@i c i"))
print(struct.unpack("<HIq3sf?", rec))
print(struct.pack(">I", 0xDEADBEEF), struct.pack("!h", -2), struct.pack("=d", 1.0), struct.pack("e", 0.5))
print(struct.unpack(">3B", b"\x01\x02\x03"), struct.unpack("10s", b"hi".ljust(10, b"\0")), struct.unpack("5p", b"\x03abcd"))
s = struct.Struct("<2i")
print(s.size, s.format, s.pack(7, -7), list(s.iter_unpack(b"\x01\0\0\0\x02\0\0\0\x03\0\0\0\x04\0\0\0")))
buf = bytearray(12)
struct.pack_into("<3i", buf, 0, 10, 20, 30)
print(buf, struct.unpack_from("<i", buf, 4), struct.unpack_from("<2i", memoryview(buf), offset=4))
for fmt, args in [("b", (200,)), ("<H", (-1,)), ("i", ("x",)), ("2i", (1,)), ("?", ())]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print("struct.error:", e)
try:
    struct.unpack("<i", b"\x00\x01")
except struct.error as e:
    print("struct.error:", e)
try:
    struct.calcsize("z")
except struct.error as e:
    print("struct.error:", e)
print(struct.pack("<q", 2**63 - 1), struct.unpack("<Q", b"\xff" * 8), struct.pack("<n", 5) if False else "", struct.pack("x3xc", b"!"))

a = array.array("i", [3, 1, 2])
a.append(5)
a.extend([9, 8])
a.insert(0, -1)
print(a, a.typecode, a.itemsize, len(a), a[1], a[-1], a[1:3], a.index(2), a.count(1))
a.remove(9)
print(a.pop(), a.pop(0), a, sum(a), max(a), sorted(a))
a.reverse()
print(a, a.tolist(), a.tobytes().hex(), a.buffer_info()[1])
b = array.array("d", [1.5, 2.5])
b *= 2
print(b, b + array.array("d", [0.0]), b == array.array("d", [1.5, 2.5, 1.5, 2.5]), 2.5 in b)
c = array.array("u", "hello")
print(c, c.tounicode(), array.array("b", b"\x01\xff"), array.array("B", b"\x01\xff"))
h = array.array("H")
h.frombytes(b"\x01\x00\x02\x00")
h.fromlist([3, 4])
print(h, array.array("l", range(5))[::2], array.array("f", [0.1])[0] == 0.1, memoryview(array.array("i", [1, 2])).tolist())
h.byteswap()
print(h)
for bad in [lambda: array.array("i", [1.5]), lambda: array.array("B", [256]), lambda: array.array("z"), lambda: array.array("i").pop()]:
    try:
        bad()
    except (TypeError, OverflowError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(array.typecodes)
