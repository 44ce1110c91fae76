# Counter-based analysis: anagram detection, letter histograms, top-k with ties broken, multiset operations on inventories.
from collections import Counter

text = """It is a truth universally acknowledged, that a single man in possession
of a good fortune, must be in want of a wife."""
letters = Counter(c for c in text.lower() if c.isalpha())
for ch, n in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(ch, n, "#" * n)
words = Counter(text.lower().replace(",", "").replace(".", "").split())
print(sorted(words.most_common(4), key=lambda kv: (-kv[1], kv[0])), words.total(), len(words))


def is_anagram(a, b):
    return Counter(a.replace(" ", "").lower()) == Counter(b.replace(" ", "").lower())


print([is_anagram(a, b) for a, b in [("Listen", "Silent"), ("Dormitory", "Dirty room"), ("abc", "abd")]])
stock = Counter(apple=5, pear=2, fig=0)
order = Counter(apple=3, pear=4, kiwi=1)
print(sorted((stock - order).items()), sorted((order - stock).items()), sorted((stock & order).items()), (stock | order)["pear"])
stock.update(kiwi=2)
stock.subtract(apple=1)
print(sorted(stock.items()), sorted(+stock), list(stock.elements()).count("apple"), stock["nothing"])
print(Counter("abracadabra").most_common(3), Counter({"a": 2}) == Counter(a=2, b=0), Counter(a=1) < Counter(a=2))
c = Counter()
for word in "the cat and the hat and the bat".split():
    c[word] += 1
print(c, repr(Counter()), Counter(["x", "y", "x"]).most_common()[-1])
del c["the"]
print(c.most_common(1), sorted(c.keys()), sum(c.values()))
