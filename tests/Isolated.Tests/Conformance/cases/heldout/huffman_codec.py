import heapq
from collections import Counter
import itertools

def huffman(text):
    freq = Counter(text)
    tie = itertools.count()
    heap = [(n, next(tie), ch) for ch, n in sorted(freq.items())]
    heapq.heapify(heap)
    if len(heap) == 1:
        return {heap[0][2]: "0"}
    while len(heap) > 1:
        n1, _, a = heapq.heappop(heap)
        n2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (n1 + n2, next(tie), (a, b)))
    codes = {}
    def walk(node, prefix):
        if isinstance(node, tuple):
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
        else:
            codes[node] = prefix
    walk(heap[0][2], "")
    return codes

text = "this is an example for huffman encoding"
codes = huffman(text)
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(repr(ch), codes[ch])
encoded = "".join(codes[c] for c in text)
print(len(encoded), len(text) * 8, f"{len(encoded) / (len(text) * 8):.1%}")
rev = {v: k for k, v in codes.items()}
buf, out = "", []
for bit in encoded:
    buf += bit
    if buf in rev:
        out.append(rev[buf])
        buf = ""
print("".join(out) == text)
packed = int(encoded, 2).to_bytes((len(encoded) + 7) // 8, "big")
print(packed.hex(), len(packed))

import base64, zlib, hashlib, binascii
data = text.encode()
print(base64.b64encode(data).decode())
print(base64.b64decode(base64.b64encode(data)) == data, base64.urlsafe_b64encode(b"\xfb\xff").decode(), base64.b32encode(b"hi").decode(), base64.b16encode(b"hi"))
comp = zlib.compress(data * 10)
print(len(data * 10), zlib.decompress(comp) == data * 10, zlib.crc32(data), binascii.crc32(data), zlib.adler32(data))
print(hashlib.md5(data).hexdigest(), hashlib.sha256(data).hexdigest()[:32], hashlib.sha1(b"").hexdigest())

def lzw_compress(s):
    d = {chr(i): i for i in range(256)}
    w, out = "", []
    for c in s:
        if w + c in d:
            w += c
        else:
            out.append(d[w])
            d[w + c] = len(d)
            w = c
    if w:
        out.append(d[w])
    return out
def lzw_decompress(codes):
    d = {i: chr(i) for i in range(256)}
    w = chr(codes[0])
    out = [w]
    for k in codes[1:]:
        entry = d[k] if k in d else w + w[0]
        out.append(entry)
        d[len(d)] = w + entry[0]
        w = entry
    return "".join(out)
c = lzw_compress("TOBEORNOTTOBEORTOBEORNOT")
print(c, lzw_decompress(c))
def bwt(s):
    s = s + "\0"
    table = sorted(s[i:] + s[:i] for i in range(len(s)))
    return "".join(row[-1] for row in table)
print(repr(bwt("banana")), repr(bwt("SIX.MIXED.PIXIES")))
