import re
from collections import Counter, defaultdict
import string
import textwrap

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us."""

words = re.findall(r"[a-z']+", TEXT.lower())
print(len(words), len(set(words)))
freq = Counter(words)
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{w:<10}{n:>3} {'*' * n}")
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(k, ", ".join(by_len[k]))
letters = Counter(c for c in TEXT.lower() if c in string.ascii_lowercase)
print("".join(c for c, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))))
print(textwrap.fill(TEXT.replace("\n", " "), width=40))
print(textwrap.shorten(TEXT, width=50, placeholder=" [...]"))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.dedent("""
    def f():
        return 1
""").strip())
sentences = [s.strip() for s in re.split(r"[,.]", TEXT) if s.strip()]
print(len(sentences), max(sentences, key=len))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, string.capwords("hello   wide world"), string.ascii_letters[:5], string.punctuation)
tmpl = string.Template("$who likes $what; ${who}'s cost: $$5")
print(tmpl.substitute(who="tim", what="kung pao"), tmpl.safe_substitute(who="ann"))
print("{0:-^40}".format(" REPORT "))
rows = [("apples", 3, 0.5), ("bananas", 12, 0.25), ("cherries", 100, 0.1)]
print(f"{'item':<10}|{'qty':>5}|{'price':>8}|{'total':>8}")
for name, qty, price in rows:
    print(f"{name:<10}|{qty:>5}|{price:>8.2f}|{qty * price:>8.2f}")
print(f"{'':<10}|{sum(q for _, q, _ in rows):>5}|{'':>8}|{sum(q * p for _, q, p in rows):>8.2f}")
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
for s in ["A man, a plan, a canal: Panama", "race a car", "No 'x' in Nixon", "", "Was it a car or a cat I saw?"]:
    print(repr(s), is_palindrome(s))
def anagrams(words):
    groups = defaultdict(list)
    for w in words:
        groups["".join(sorted(w))].append(w)
    return [g for g in groups.values() if len(g) > 1]
print(anagrams(["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]))
pig = " ".join(w[1:] + w[0] + "ay" if w[0] not in "aeiou" else w + "way" for w in "the quick brown fox eats apples".split())
print(pig)
vowels = sum(map(TEXT.lower().count, "aeiou"))
print("vowels", vowels, "consonants", sum(c.isalpha() for c in TEXT) - vowels)
print(TEXT.count("it was"), TEXT.find("wisdom"), TEXT.splitlines()[1][:20], TEXT.upper().count("THE"))
