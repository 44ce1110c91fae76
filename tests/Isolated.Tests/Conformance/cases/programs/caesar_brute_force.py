# Breaking a Caesar cipher by letter-frequency scoring (chi-squared) over all 26 shifts.
import string
from collections import Counter

ENGLISH = {"e": 12.7, "t": 9.1, "a": 8.2, "o": 7.5, "i": 7.0, "n": 6.7, "s": 6.3, "h": 6.1, "r": 6.0, "d": 4.3,
           "l": 4.0, "c": 2.8, "u": 2.8, "m": 2.4, "w": 2.4, "f": 2.2, "g": 2.0, "y": 2.0, "p": 1.9, "b": 1.5,
           "v": 1.0, "k": 0.8, "j": 0.15, "x": 0.15, "q": 0.1, "z": 0.07}


def shift(text, k):
    lo = string.ascii_lowercase
    up = string.ascii_uppercase
    table = str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])
    return text.translate(table)


def chi2(text):
    letters = [c for c in text.lower() if c.isalpha()]
    n = len(letters)
    counts = Counter(letters)
    return sum((counts.get(ch, 0) - n * p / 100) ** 2 / (n * p / 100) for ch, p in ENGLISH.items())


plain = "Meet me near the old oak tree at seven o'clock, and bring the secret documents with you."
cipher = shift(plain, 11)
print(cipher)
scores = sorted((round(chi2(shift(cipher, -k % 26)), 2), k) for k in range(26))
print(scores[:3])
best = scores[0][1]
print(best, shift(cipher, -best % 26))
print(shift(shift("Round Trip!", 5), 21), Counter(c for c in cipher.lower() if c.isalpha()).most_common(3))
