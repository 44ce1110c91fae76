# str searching and comparison on code points: lone surrogates never match half of a
# surrogate pair, and non-BMP characters order above U+E000..U+FFFF.
# (A lone high surrogate directly followed by a lone low surrogate is left out: this runtime
# stores str as UTF-16, where such a string is one pair.)
import hashlib
import itertools

alpha = ["a", "b", "\ud800", "\udc00", "\U0001f600", "\udbff", "\udfff", "\u00e9", "\U00010000", "\uffff"]


def joinable(t):
    return not any(0xD800 <= ord(x) <= 0xDBFF and 0xDC00 <= ord(y) <= 0xDFFF for x, y in zip(t, t[1:]))


strs = [""]
for n in range(1, 4):
    for t in itertools.product(alpha, repeat=n):
        if joinable(t):
            strs.append("".join(t))
needles = [s for s in strs if len(s) <= 2]
print(len(strs), len(needles))

ops = {
    "startswith": lambda s, p: (s.startswith(p), s.startswith(p, 1), s.startswith((p, "zz"), 0, 2)),
    "endswith": lambda s, p: (s.endswith(p), s.endswith(p, 0, 2), s.endswith((p,), 1)),
    "find": lambda s, p: (s.find(p), s.find(p, 1), s.find(p, 0, 2)),
    "rfind": lambda s, p: (s.rfind(p), s.rfind(p, 1), s.rfind(p, 0, 2)),
    "index": lambda s, p: s.index(p) if p in s else None,
    "count": lambda s, p: (s.count(p), s.count(p, 1, 3)),
    "contains": lambda s, p: p in s,
    "replace": lambda s, p: (s.replace(p, "X"), s.replace(p, "Y", 1)) if p else s.replace(p, "-", 2),
    "split": lambda s, p: (s.split(p), s.rsplit(p), s.split(p, 1), s.rsplit(p, 1)) if p else None,
    "partition": lambda s, p: (s.partition(p), s.rpartition(p)) if p else None,
    "removeaffix": lambda s, p: (s.removeprefix(p), s.removesuffix(p)),
    "compare": lambda s, p: (s < p, s <= p, s > p, s == p),
}
for name, op in ops.items():
    h = hashlib.sha256()
    hits = 0
    for s in strs[::3]:
        for p in needles[::2]:
            r = op(s, p)
            if r is True or (isinstance(r, tuple) and r and r[0] is True):
                hits += 1
            h.update(ascii(r).encode())
    print(f"{name:12} hits={hits:5} {h.hexdigest()[:16]}")

print(ascii(sorted(["\U0001f600", "\uffff", "a", "\ud800", "\ue000", "\U00010000", "\udfff"])))
print("\U0001f600" < "\uffff", "\U0001f600" <= "\udbff", "\ud800x" < "\U00010000")
pair = "\U00010000"
print(pair.startswith("\ud800"), pair.endswith("\udc00"), pair.find("\udc00"), pair.count("\ud800"))
print("\udc00" in pair, ascii(pair.replace("\udc00", "!")), ascii(pair.split("\ud800")))
print(ascii(("a" + pair + "\udc00").partition("\udc00")), ascii(("\udc00" + pair).rpartition("\udc00")))
print(ascii(pair.removeprefix("\ud800")), ascii(pair.removesuffix("\udc00")))
print(("x\U0001f600y").index("y"), ("x\U0001f600y\U0001f600").rindex("\U0001f600"))
