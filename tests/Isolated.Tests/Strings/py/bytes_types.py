# bytes, bytearray, memoryview
b = b"Hello\x00\xff'"
print(b, len(b), b[0], b[-1], b[1:3], list(b"ab"), b"ab" + b"cd", b"ab" * 2, b"a" in b"abc", 97 in b"abc")
print(bytes(3), bytes([1, 2, 255]), bytes("é", "utf-8"), bytes(bytearray(b"x")), bytes(memoryview(b"mv")), bytes())
print(b"a,b".split(b","), b" x ".strip(), b"abc".upper(), b"ABC".lower(), b"abc".find(b"c"), b"abc".replace(b"b", b"B"))
print(b"\x01\xab".hex(), bytes.fromhex("01 ab ff"), b"abc".decode(), b"\xe9".decode("latin-1"), "é".encode())
print(b"%s-%d-%x" % (b"a", 5, 255), b"x".center(5, b"-"), b"A".isupper(), b"12".isdigit())
print(b"abc" == b"abc", b"abc" < b"abd", b"abc" == "abc", hash(b"abc") == hash(b"ab" + b"c"))
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b"??")
ba.insert(0, 62)
print(ba, len(ba), ba.pop(), ba.pop(0), ba)
ba[1:3] = b"EL"
print(ba)
ba[::2] = b"abcd"
print(ba)
del ba[0]
del ba[::2]
print(ba)
ba += b"++"
ba *= 2
print(ba, ba.count(b"+"), ba.index(b"+"))
ba.remove(ord("+"))
ba.reverse()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), ba.copy() == ba, ba.copy() is ba)
ba.clear()
print(ba, bytearray(b"a,b").split(b","))
m = memoryview(b"abcdef")
print(m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist(), len(m), m.readonly, m.nbytes, m.format, m.itemsize)
print(bytes(m[::2]), m[::-1].tobytes(), m == b"abcdef", m[1:3] == b"bc")
data = bytearray(b"xyz")
with memoryview(data) as v:
    v[0] = ord("X")
    v[1:3] = b"YZ"
    print(data, v.readonly)
    try:
        data.append(1)
    except BufferError as e:
        print("BufferError:", e)
print(repr(v).startswith("<released memory at 0x"))
data.append(33)
print(data)
try:
    v[0]
except ValueError as e:
    print("ValueError:", e)
c = memoryview(b"ab").cast("c")
print(c[0], c.tolist(), memoryview(bytes([200])).cast("b")[0])
for bad in [lambda: b"a" + "b", lambda: bytes("x"), lambda: bytes(-1), lambda: bytes([256]), lambda: b"abc"[9],
            lambda: bytearray(b"a").pop(5), lambda: memoryview(b"x").__setitem__(0, 1), lambda: b"\xff".decode(),
            lambda: "\udc80".encode(), lambda: "é".encode("ascii"), lambda: b"x".decode("nope"), lambda: memoryview("s")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
print("aé€😀".encode("utf-16-le"), "aé€".encode("cp1252"), "x😀".encode("ascii", "xmlcharrefreplace"), "x😀".encode("ascii", "backslashreplace"))
class B(bytes):
    pass
print(B(b"q"), type(B(b"q")).__name__, B(b"q") == b"q", type(B(b"q").upper()).__name__)
class Bytesable:
    def __bytes__(self):
        return b"from dunder"
print(bytes(Bytesable()), b"%s" % Bytesable())
