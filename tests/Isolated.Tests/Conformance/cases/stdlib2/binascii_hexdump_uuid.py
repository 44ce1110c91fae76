"""A hexdump utility and ID generation: binascii, struct, base64, uuid from fixed inputs, hashlib-based short ids."""
import base64
import binascii
import hashlib
import string
import uuid

def hexdump(data, width=16):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = binascii.hexlify(chunk, " ").decode()
        text = "".join(chr(b) if chr(b) in string.printable and not chr(b).isspace() or b == 32 else "." for b in chunk)
        lines.append(f"{off:08x}  {hexpart:<{width * 3 - 1}}  |{text}|")
    return "\n".join(lines)

blob = b"Hello, \x00binary\xffworld!\n" + bytes(range(0x20, 0x30)) + "ünïcode".encode()
print(hexdump(blob))
print(binascii.crc32(blob), binascii.crc_hqx(blob, 0xFFFF), hashlib.md5(blob).hexdigest())
encoded = base64.b64encode(blob).decode()
print(encoded, base64.b64decode(encoded) == blob)
print(f"data:application/octet-stream;base64,{base64.b64encode(b'tiny').decode()}")
print(base64.urlsafe_b64encode(hashlib.sha256(b"user:42").digest())[:11].decode(), base64.b32encode(b"\x00\x01").decode().rstrip("="))

ns = uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/users")
ids = [uuid.uuid5(ns, name) for name in ["ann", "bob", "ann"]]
print(ids[0], ids[0] == ids[2], ids[0] != ids[1], ids[0].version, str(ids[1]).upper())
u = uuid.UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
print(u == uuid.NAMESPACE_DNS, u.time_low, hex(u.time_hi_version), u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time)
print(uuid.UUID(hex="6ba7b8109dad11d180b400c04fd430c8").bytes.hex(), u.variant == uuid.RFC_4122, u.is_safe)
short = lambda text: base64.b32encode(hashlib.blake2b(text.encode(), digest_size=5).digest()).decode().lower()
print([short(x) for x in ["alpha", "beta", "alpha"]])
print(binascii.b2a_uu(b"uuencode me"), binascii.a2b_uu(binascii.b2a_uu(b"uuencode me")))
print(binascii.rlecode_hqx(b"aaaaaaab") if hasattr(binascii, "rlecode_hqx") else "", binascii.hexlify(bytes([1, 2, 3]), b":", -1))
for bad in ["zz", "abc"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print("ValueError:", e)
