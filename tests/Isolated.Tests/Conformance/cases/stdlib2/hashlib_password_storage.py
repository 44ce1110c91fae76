"""Password storage the way tutorials show it: salted PBKDF2 and scrypt hashes, constant-time checks,
HMAC-signed tokens with expiry, all from fixed salts so the output is reproducible."""
import base64
import hashlib
import hmac
import json

SALT = bytes(range(16))

def hash_pbkdf2(password, salt=SALT, iterations=1000):
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    return f"pbkdf2_sha256${iterations}${base64.b64encode(salt).decode()}${base64.b64encode(dk).decode()}"

def hash_scrypt(password, salt=SALT, n=2**10, r=8, p=1):
    dk = hashlib.scrypt(password.encode(), salt=salt, n=n, r=r, p=p, dklen=32)
    return f"scrypt${n}${r}${p}${salt.hex()}${dk.hex()}"

def verify(password, stored):
    kind, *rest = stored.split("$")
    if kind == "pbkdf2_sha256":
        iterations, salt, _ = rest
        candidate = hash_pbkdf2(password, base64.b64decode(salt), int(iterations))
    else:
        n, r, p, salt, _ = rest
        candidate = hash_scrypt(password, bytes.fromhex(salt), int(n), int(r), int(p))
    return hmac.compare_digest(candidate, stored)

for pw in ["hunter2", "correct horse battery staple", ""]:
    a, b = hash_pbkdf2(pw), hash_scrypt(pw)
    print(a)
    print(b)
    print(verify(pw, a), verify(pw + "!", a), verify(pw, b), verify(pw.upper() + "x", b))

# RFC 7914 test vectors
print(hashlib.scrypt(b"", salt=b"", n=16, r=1, p=1, dklen=64).hex())
print(hashlib.scrypt(b"password", salt=b"NaCl", n=1024, r=8, p=16, dklen=64).hex())
print(hashlib.scrypt(b"pw", salt=b"s", n=2, r=1, p=1).hex())
for kw in [dict(n=15, r=8, p=1), dict(n=1, r=8, p=1), dict(n=16, r=0, p=1), dict(n=16, r=8, p=0), dict(n=16, r=8, p=1, dklen=0),
           dict(r=8, p=1), dict(n=16, r=8, p=1, maxmem=1), dict(n=2**20, r=8, p=1), dict(n=16, r=8, p=1, maxmem=-1)]:
    try:
        hashlib.scrypt(b"pw", salt=b"s", **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [lambda: hashlib.scrypt(b"pw", n=16, r=8, p=1), lambda: hashlib.scrypt("pw", salt=b"s", n=16, r=8, p=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

SECRET = b"server-secret"
def sign(payload):
    body = base64.urlsafe_b64encode(json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()).rstrip(b"=")
    sig = base64.urlsafe_b64encode(hmac.new(SECRET, body, hashlib.sha256).digest()).rstrip(b"=")
    return (body + b"." + sig).decode()

def check(token, now):
    body, _, sig = token.encode().partition(b".")
    good = base64.urlsafe_b64encode(hmac.new(SECRET, body, hashlib.sha256).digest()).rstrip(b"=")
    if not hmac.compare_digest(sig, good):
        return "bad signature"
    payload = json.loads(base64.urlsafe_b64decode(body + b"=" * (-len(body) % 4)))
    return "expired" if payload["exp"] < now else f"ok for {payload['sub']}"

tok = sign({"sub": "ann", "exp": 1000})
print(tok)
print(check(tok, 999), check(tok, 1001), check(tok[:-2] + "AA", 999), check(sign({"sub": "bob", "exp": 5}), 1))
