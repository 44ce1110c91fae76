# A catalog with an inverted index: tokenising, stemming-lite, TF-IDF ranking, phrase and boolean queries.
import math
import re
from collections import Counter, defaultdict

DOCS = {
    1: "The quick brown fox jumps over the lazy dog",
    2: "A quick brown dog outpaces a quick fox",
    3: "Lazy dogs sleep all day in the sun",
    4: "Foxes are quick and clever animals",
    5: "The sun rises in the east and sets in the west",
}
STOP = {"the", "a", "and", "in", "all", "are", "over"}


def stem(word):
    for suffix in ("es", "s", "ing", "ed"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)]
    return word


def tokens(text):
    return [stem(w) for w in re.findall(r"[a-z]+", text.lower()) if w not in STOP]


index = defaultdict(dict)
lengths = {}
for doc_id, text in DOCS.items():
    toks = tokens(text)
    lengths[doc_id] = len(toks)
    for term, n in Counter(toks).items():
        index[term][doc_id] = n
N = len(DOCS)


def idf(term):
    return math.log(N / len(index[term])) if term in index else 0.0


def search(query, k=3):
    scores = Counter()
    for term in tokens(query):
        for doc_id, tf in index.get(term, {}).items():
            scores[doc_id] += tf / lengths[doc_id] * idf(term)
    return [(d, round(s, 4)) for d, s in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]


def boolean(query):
    words = query.lower().split()
    result = None
    op = "and"
    for w in words:
        if w in ("and", "or", "not"):
            op = w
            continue
        docs = set(index.get(stem(w), {}))
        if result is None:
            result = docs
        elif op == "and":
            result &= docs
        elif op == "or":
            result |= docs
        else:
            result -= docs
        op = "and"
    return sorted(result or [])


def phrase(q):
    want = tokens(q)
    hits = []
    for doc_id, text in DOCS.items():
        toks = tokens(text)
        if any(toks[i:i + len(want)] == want for i in range(len(toks) - len(want) + 1)):
            hits.append(doc_id)
    return hits


print(sorted((t, sorted(d.items())) for t, d in index.items() if len(d) > 1))
for q in ["quick fox", "lazy dog", "sun", "clever", "zebra"]:
    print(f"{q!r:14} -> {search(q)}")
for q in ["quick and fox", "dog or sun", "quick not lazy", "fox and dog and lazy"]:
    print(f"{q!r:24} -> {boolean(q)}")
print(phrase("brown fox"), phrase("quick brown"), phrase("sun rises"))
print({t: round(idf(t), 3) for t in sorted(["quick", "fox", "sun", "clever"])})
