# bytes/bytearray for a binary protocol: framing with length prefixes, checksums, memoryview slicing, struct headers, hexdump.
import struct


def frame(msg_type, payload):
    header = struct.pack(">BH", msg_type, len(payload))
    checksum = sum(header + payload) & 0xFF
    return header + payload + bytes([checksum])


def parse_stream(buf):
    msgs, view, i = [], memoryview(buf), 0
    while i + 3 <= len(buf):
        mtype, length = struct.unpack_from(">BH", buf, i)
        end = i + 3 + length
        if end + 1 > len(buf):
            break
        payload = bytes(view[i + 3:end])
        ok = (sum(view[i:end]) & 0xFF) == buf[end]
        msgs.append((mtype, payload, ok))
        i = end + 1
    return msgs, bytes(view[i:])


stream = bytearray()
stream += frame(1, b"hello")
stream += frame(2, "héllo wörld".encode())
stream += frame(3, b"")
bad = bytearray(frame(4, b"corrupt"))
bad[5] ^= 0xFF
stream += bad
stream += frame(5, b"partial")[:6]
msgs, rest = parse_stream(stream)
for m in msgs:
    print(m[0], m[1], m[2])
print("leftover", rest)


def hexdump(data, width=8):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{off:04x}  {hexpart:<{width * 3}} {text}")


hexdump(bytes(stream[:30]))
ba = bytearray(b"abcdef")
mv = memoryview(ba)
mv[1:3] = b"XY"
print(ba, mv[::2].tobytes(), mv.nbytes, mv.readonly, bytes(mv[-2:]), mv.tolist()[:3])
print(ba.find(b"d"), ba.replace(b"X", b"x"), ba.upper(), ba.split(b"Y"), bytes(ba).startswith(b"aX"), b"%05.1f" % 3.14159)
print(b"a,b,,c".split(b","), b"  pad ".strip(), b"abc".center(9, b"-"), bytes.maketrans(b"ab", b"xy"), b"abcab".translate(bytes.maketrans(b"ab", b"xy")))
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(3, "little"), bytes(range(250, 256)), bytearray(3), b"\x41\x42" == b"AB")
ba2 = bytearray(b"hello")
ba2.reverse()
ba2.append(33)
ba2.extend(b"??")
del ba2[0]
print(ba2, ba2.pop(), ba2.count(b"?"), ba2.index(b"l"), ba2.isalpha(), b"123".isdigit(), b"Hi".swapcase(), b"x".join([b"1", b"2"]))
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
