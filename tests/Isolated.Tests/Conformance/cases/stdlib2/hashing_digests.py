import hashlib
import hmac
import secrets

data = b"The quick brown fox jumps over the lazy dog"
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_512", "blake2b", "blake2s"]:
    h = hashlib.new(name, data)
    print(f"{name:9} {h.digest_size:3} {h.block_size:4} {h.hexdigest()[:32]}")
print(hashlib.sha256(b"").hexdigest())
h = hashlib.sha256()
for chunk in [b"The quick ", b"brown fox ", b"jumps over the lazy dog"]:
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), h.name, len(h.digest()))
c = h.copy()
c.update(b"!")
print(h.hexdigest()[:16], c.hexdigest()[:16])
print(hashlib.md5(b"abc", usedforsecurity=False).hexdigest())
print(hashlib.blake2b(b"abc", digest_size=16).hexdigest(), hashlib.blake2b(b"abc", key=b"k", digest_size=8).hexdigest())
print(hashlib.blake2s(b"x", person=b"me", salt=b"salt").hexdigest()[:20])
print(hashlib.shake_128(b"abc").hexdigest(10), hashlib.shake_256(b"abc").hexdigest(8))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, dklen=20).hex())
print(sorted(a for a in hashlib.algorithms_guaranteed))
import io
print(hashlib.file_digest(io.BytesIO(data), "sha1").hexdigest())
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError:", e)
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)

key = b"secret-key"
msg = b"message to authenticate"
mac = hmac.new(key, msg, hashlib.sha256)
print(mac.hexdigest(), mac.name, mac.digest_size, mac.block_size)
print(hmac.new(key, digestmod="md5").hexdigest())
m2 = hmac.new(key, digestmod=hashlib.sha1)
m2.update(b"message to ")
m3 = m2.copy()
m2.update(b"authenticate")
print(m2.hexdigest() == hmac.new(key, msg, "sha1").hexdigest(), m3.hexdigest()[:10])
print(hmac.digest(key, msg, "sha256") == mac.digest())
print(hmac.compare_digest(mac.hexdigest(), mac.hexdigest()), hmac.compare_digest(b"a", b"b"), hmac.compare_digest("abc", "abd"))
try:
    hmac.new(key)
except TypeError as e:
    print("TypeError: digestmod" if "digestmod" in str(e) else e)
# RFC 4231 test case 2
print(hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest())
tok = secrets.token_hex(16)
print(len(tok), all(ch in "0123456789abcdef" for ch in tok), len(secrets.token_bytes(8)), len(secrets.token_urlsafe(12)))
print(secrets.choice([5]), 0 <= secrets.randbelow(10) < 10, secrets.randbits(8) < 256, secrets.compare_digest("x", "x"))
print(secrets.SystemRandom().random() < 1)
