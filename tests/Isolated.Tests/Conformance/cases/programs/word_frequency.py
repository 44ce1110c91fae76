from collections import Counter, defaultdict
import re

text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

words = re.findall(r"[a-z']+", text.lower())
print(len(words), "words")
counts = Counter(words)
for word, n in counts.most_common(6):
    print(f"{word:>10} {n:3d} {'#' * n}")
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(k, by_len[k])
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(i, len(line), line.split(",")[0].strip().title())
letters = Counter(c for c in text.lower() if c.isalpha())
print(letters.most_common(5))
print(sum(letters.values()), len(letters))
caps = [w for w in re.findall(r"\b[A-Z]\w*", text)]
print(caps)
print(" ".join(w[::-1] for w in lines[0].split()[:5]))
c2 = Counter("abracadabra")
c3 = Counter("alakazam")
print(sorted((c2 + c3).items()))
print(sorted((c2 - c3).items()))
print(sorted((c2 & c3).items()))
print(sorted((c2 | c3).items()))
