import re
from collections import Counter, defaultdict
import textwrap

TEXT = """The quick brown fox jumps over the lazy dog. The dog, surprised, barks!
Naïve café owners serve crème brûlée; the fox prefers straße food.
Ünïcödé tëxt: ΑΒΓ αβγ — «quotes» and 'single' quotes... 42 apples, 7 pears."""

words = re.findall(r"\w+", TEXT.lower())
print(len(words), len(set(words)))
c = Counter(words)
for w, n in sorted(c.most_common(6), key=lambda p: (-p[1], p[0])):
    print(f"{w!r:>10} {n}")
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(k, by_len[k])
print(TEXT.title().splitlines()[1])
print(TEXT.upper().splitlines()[2])
print("STRASSE".casefold() == "straße".casefold(), "ß".upper(), "ǅ".lower(), "ǆ".title())
print(textwrap.fill(TEXT.replace("\n", " "), width=38))
print(textwrap.shorten(TEXT, 50, placeholder=" [...]"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "one two three four five"))
print(re.split(r"[;,.!]\s*", TEXT.splitlines()[0]))
print([m.span() for m in re.finditer(r"\bd\w+", TEXT)])
print("café".center(12, "*"), "|" + "naïve".ljust(8, ".") + "|", "x".rjust(3, "0"))
print(" ".join(w[::-1] for w in "stressed desserts".split()))
print(sorted(["éclair", "eclair", "Eclair", "zebra", "Zebra", "ábaco"]))
print(sorted(["éclair", "eclair", "Eclair", "zebra", "Zebra"], key=str.casefold))
print("αβγ".encode("utf-8"), "αβγ".encode("utf-16-le").hex(), b"\xce\xb1".decode())
print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz", "c")))
