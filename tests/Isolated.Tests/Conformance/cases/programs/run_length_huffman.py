# Compression classics: run-length encoding, Huffman coding with heapq, LZ77-lite, and round trips.
import heapq
from collections import Counter
from itertools import groupby


def rle_encode(s):
    return "".join(f"{len(list(g))}{ch}" for ch, g in groupby(s))


def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)


def huffman(text):
    heap = [(n, i, ch) for i, (ch, n) in enumerate(sorted(Counter(text).items()))]
    heapq.heapify(heap)
    counter = len(heap)
    if len(heap) == 1:
        return {heap[0][2]: "0"}
    while len(heap) > 1:
        n1, _, a = heapq.heappop(heap)
        n2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (n1 + n2, counter, (a, b)))
        counter += 1
    codes = {}

    def walk(node, prefix):
        if isinstance(node, str):
            codes[node] = prefix
        else:
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
    walk(heap[0][2], "")
    return codes


def huff_decode(bits, codes):
    rev = {v: k for k, v in codes.items()}
    out, cur = [], ""
    for b in bits:
        cur += b
        if cur in rev:
            out.append(rev[cur])
            cur = ""
    return "".join(out)


def lz77(data, window=16):
    i, out = 0, []
    while i < len(data):
        best = (0, 0)
        for j in range(max(0, i - window), i):
            k = 0
            while i + k < len(data) and data[j + k] == data[i + k] and k < 15:
                k += 1
            if k > best[1]:
                best = (i - j, k)
        if best[1] >= 3:
            out.append(best)
            i += best[1]
        else:
            out.append(data[i])
            i += 1
    return out


def unlz77(tokens):
    out = []
    for t in tokens:
        if isinstance(t, tuple):
            off, n = t
            for _ in range(n):
                out.append(out[-off])
        else:
            out.append(t)
    return "".join(out)


for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabbbcccc"]:
    enc = rle_encode(s)
    print(enc, rle_decode(enc) == s, f"{len(enc)}/{len(s)}")
text = "abracadabra alakazam"
codes = huffman(text)
print(sorted(codes.items(), key=lambda kv: (len(kv[1]), kv[0])))
bits = "".join(codes[c] for c in text)
print(len(bits), len(text) * 8, huff_decode(bits, codes) == text, bits[:40])
print(huffman("zzzz"))
data = "to be or not to be, that is the question; to be or not"
toks = lz77(data)
print(toks[:20], len(toks), unlz77(toks) == data)
