import hashlib, hmac
for n in ['md5','sha1','sha224','sha256','sha384','sha512','sha3_224','sha3_256','sha3_384','sha3_512','blake2b','blake2s']:
    h = hashlib.new(n, b'abc'); c = h.copy(); h.update(b'x'*300)
    print(n, h.hexdigest(), c.hexdigest(), h.digest_size, h.block_size, h.name, getattr(hashlib, n)(b'abc'*100).hexdigest())
for n in ['shake_128','shake_256']:
    h = getattr(hashlib, n)(b'abc'); print(n, h.hexdigest(10), h.hexdigest(300)[-20:], h.digest_size, h.block_size)
print(hashlib.blake2b(b'x', digest_size=20, key=b'k', salt=b's', person=b'p').hexdigest())
print(hashlib.blake2s(b'x'*100, digest_size=20, key=b'k'*32, salt=b's', person=b'p', last_node=True, node_offset=5, fanout=2, depth=3, leaf_size=7, node_depth=1, inner_size=3).hexdigest())
print(hashlib.blake2b(b'y'*1000, fanout=0, depth=255, last_node=True, inner_size=64, node_offset=2**63).hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1000).hex(), hashlib.pbkdf2_hmac('md5', b'pw', b'salt', 10, 40).hex(), hashlib.pbkdf2_hmac('sha3_256', b'pw', b'salt', 3).hex())
print(hmac.new(b'key', b'msg', 'sha256').hexdigest(), hmac.new(b'k'*200, b'msg', hashlib.sha1).hexdigest(), hmac.digest(b'key', b'msg', 'md5').hex())
m = hmac.new(b'key', digestmod='sha512'); m.update(b'a'); m2 = m.copy(); m2.update(b'b'); print(m.hexdigest()[:16], m2.hexdigest()[:16], m.name, m.digest_size, m.block_size)
print(hmac.compare_digest(b'a', b'a'), hmac.compare_digest('a', 'b'), hmac.new(b'key', b'msg', hashlib.blake2s).hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
for bad in [lambda: hashlib.sha256('x'), lambda: hashlib.sha256(1), lambda: hashlib.new('foo'), lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.blake2s(key=b'x'*33), lambda: hmac.compare_digest(1, 2)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
import random
random.seed("a string"); print(random.random())
random.seed(b"bytes"); print(random.random())
random.seed(42)
print([random.random() for _ in range(5)])
print(random.randint(1, 100), random.choice("abcdef"), random.sample(range(100), 5))
l = list(range(20)); random.shuffle(l); print(l)
print(random.gauss(0, 1), random.uniform(1, 2), random.randrange(0, 1000, 7))
h = hashlib.sha256(); h.update(memoryview(b'abc')); h.update(bytearray(b'def')); print(h.hexdigest())
print(hashlib.sha256(string=b'abc').hexdigest() == hashlib.new('sha256', b'abc').hexdigest(), hashlib.file_digest(__import__('io').BytesIO(b'abc'*10000), 'sha1').hexdigest())
s = hashlib.shake_256(b'x'); print(s.hexdigest(0), s.digest(200)[-4:], s.copy().hexdigest(5))
# BLAKE2 fed in pieces across block boundaries, copied midway, and with the widest node offsets.
for algo in (hashlib.blake2b, hashlib.blake2s):
    h = algo(key=b'secret', digest_size=17)
    for i in range(0, 300, 37):
        h.update(bytes(range(i % 256, i % 256 + 37 if i % 256 + 37 <= 256 else 256)))
        if i == 111:
            c = h.copy()
    c.update(b'tail')
    print(algo.__name__, h.hexdigest(), c.hexdigest(), h.digest_size, h.block_size)
print(hashlib.blake2s(b'z' * 64, node_offset=2**48 - 1).hexdigest())
print(hashlib.blake2b(b'z' * 128, node_offset=2**64 - 1).hexdigest())
