# Text processing: normalisation, word stats, n-grams, caesar/vigenere ciphers, anagram groups, justify.
import re
import string
import unicodedata
from collections import Counter, defaultdict

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

words = re.findall(r"[a-z']+", TEXT.lower())
print(len(words), len(set(words)))
freq = Counter(words)
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{w:>8} {n:3} {'*' * n}")
bigrams = Counter(zip(words, words[1:]))
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
sentences = [s.strip() for s in re.split(r"[,.]\s*", TEXT) if s.strip()]
print(len(sentences), max(sentences, key=len), min(map(len, sentences)))
lengths = defaultdict(list)
for w in sorted(set(words)):
    lengths[len(w)].append(w)
print({k: v for k, v in sorted(lengths.items()) if k >= 7})


def caesar(s, k):
    def shift(ch):
        if ch in string.ascii_lowercase:
            return chr((ord(ch) - 97 + k) % 26 + 97)
        if ch in string.ascii_uppercase:
            return chr((ord(ch) - 65 + k) % 26 + 65)
        return ch
    return "".join(map(shift, s))


def vigenere(s, key, decrypt=False):
    out, i = [], 0
    for ch in s:
        if ch.isalpha():
            k = ord(key[i % len(key)].lower()) - 97
            out.append(caesar(ch, -k if decrypt else k))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


msg = "Attack at Dawn! Zebra-42."
enc = caesar(msg, 3)
print(enc, caesar(enc, -3), msg.translate(str.maketrans("aeiou", "AEIOU", "!")))
v = vigenere(msg, "Lemon")
print(v, vigenere(v, "Lemon", decrypt=True))
rot13 = str.maketrans(string.ascii_letters, string.ascii_lowercase[13:] + string.ascii_lowercase[:13] + string.ascii_uppercase[13:] + string.ascii_uppercase[:13])
print(msg.translate(rot13))

anagrams = defaultdict(list)
for w in "listen silent enlist google tinsel banana inlets gogole".split():
    anagrams["".join(sorted(w))].append(w)
print(sorted(g for g in anagrams.values() if len(g) > 1))


def justify(words, width):
    lines, cur = [], []
    for w in words:
        if sum(map(len, cur)) + len(cur) + len(w) > width:
            gaps = len(cur) - 1 or 1
            spaces = width - sum(map(len, cur))
            for i in range(spaces):
                cur[i % gaps] += " "
            lines.append("".join(cur).rstrip() if len(cur) == 1 else "".join(cur))
            cur = []
        cur.append(w)
    lines.append(" ".join(cur).ljust(width))
    return lines


for line in justify(TEXT.split()[:30], 36):
    print(f"|{line}|")
accented = "Crème Brûlée à la café — naïve Ångström"
print(unicodedata.normalize("NFKD", accented).encode("ascii", "ignore").decode())
print("".join(c for c in unicodedata.normalize("NFD", accented) if not unicodedata.combining(c)))
print(accented.casefold(), accented.title(), accented.swapcase())
print([unicodedata.name(c) for c in "é—Å"], unicodedata.category("é"), len(unicodedata.normalize("NFC", "e\u0301")))
slug = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", accented).encode("ascii", "ignore").decode().lower()).strip("-")
print(slug)
palins = [w for w in ["Racecar", "level", "python", "A man, a plan, a canal: Panama"]
          if (s := re.sub(r"[^a-z]", "", w.lower())) == s[::-1]]
print(palins)
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m[1].upper() + m[2][::-1], "hello big world"))
print(" ".join(w.capitalize() for w in "the WIND in the willows".split()), "x".center(9, "*"), "42".zfill(6))
