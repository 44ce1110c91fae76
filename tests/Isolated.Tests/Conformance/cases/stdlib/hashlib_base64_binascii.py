# hashlib digests, hmac, base64 variants, binascii, zlib/gzip round trips, uuid from fixed bytes, secrets-free determinism.
import hashlib
import hmac
import base64
import binascii
import zlib
import gzip
import uuid

data = b"The quick brown fox jumps over the lazy dog"
for name in ("md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b"):
    print(name, hashlib.new(name, data).hexdigest()[:32])
h = hashlib.sha256()
for chunk in (data[:10], data[10:]):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), h.digest_size, h.block_size, h.name)
print(hashlib.blake2b(data, digest_size=16).hexdigest(), hashlib.blake2s(b"", key=b"k").hexdigest()[:16])
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex()[:32], hashlib.md5(b"").hexdigest())
mac = hmac.new(b"secret", data, hashlib.sha256)
print(mac.hexdigest()[:32], hmac.compare_digest(mac.digest(), hmac.new(b"secret", data, "sha256").digest()))
print(base64.b64encode(data), base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b32encode(b"hi"), base64.b16encode(b"\x01\xab"))
print(base64.b64decode(b"aGVsbG8="), base64.b64decode("aGVsbG8", validate=False) if False else "", base64.a85encode(b"hello"), base64.b85encode(b"hello"))
try:
    base64.b64decode(b"abc")
except binascii.Error as e:
    print("binascii.Error:", e)
print(binascii.hexlify(b"\x00\xff", "-"), binascii.unhexlify("deadbeef"), binascii.crc32(data), zlib.adler32(data), hex(zlib.crc32(b"abc")))
comp = zlib.compress(data * 10, 9)
print(len(data * 10), len(comp) < 100, zlib.decompress(comp) == data * 10)
co = zlib.compressobj()
stream = co.compress(data) + co.flush()
print(zlib.decompressobj().decompress(stream) == data)
gz = gzip.compress(data, mtime=0)
print(gz[:4].hex(), gzip.decompress(gz) == data)
try:
    zlib.decompress(b"not compressed")
except zlib.error as e:
    print("zlib.error:", e)
u = uuid.UUID(bytes=bytes(range(16)))
print(u, u.hex, u.version, uuid.UUID("12345678-1234-5678-1234-567812345678").int, uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "x"))
