# Text statistics: word frequencies, n-grams with itertools, difflib comparisons, string.Template,
# unicodedata normalisation, html escaping and urllib.parse round trips.
import difflib
import html
import itertools
import string
import unicodedata
from collections import Counter
from urllib.parse import urlparse, urlunparse, parse_qs, parse_qsl, urlencode, quote, unquote, quote_plus, urljoin, urlsplit

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""

words = [w.strip(string.punctuation).lower() for w in TEXT.split()]
freq = Counter(words)
print(freq.most_common(6))
print(sorted(w for w, c in freq.items() if c == 1))
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
trigrams = Counter(" ".join(t) for t in zip(words, words[1:], words[2:]))
print(trigrams.most_common(2))
lengths = {k: len(list(g)) for k, g in itertools.groupby(sorted(words, key=len), key=len)}
print(lengths)
print(list(itertools.accumulate(len(w) for w in words[:10])), list(itertools.islice(itertools.cycle("ab"), 5)))
print(list(itertools.pairwise("abcd")), list(itertools.batched(range(7), 3)), list(itertools.combinations("abc", 2)))
print(list(itertools.permutations([1, 2, 3], 2))[:4], list(itertools.product("ab", repeat=2)), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.compress("abcdef", [1, 0, 1, 0, 1])), list(itertools.dropwhile(lambda c: c < "c", "abcdab")))
print(list(itertools.takewhile(str.isalpha, "ab1c")), list(itertools.filterfalse(str.isdigit, "a1b2")), list(itertools.chain.from_iterable(["ab", "c"])))
print(list(itertools.combinations_with_replacement("ab", 2)), list(itertools.repeat("x", 3)), next(itertools.count(5, 2)))
a = "the quick brown fox jumps over the lazy dog".split()
b = "the quick red fox jumped over the very lazy dog".split()
sm = difflib.SequenceMatcher(None, a, b)
print(round(sm.ratio(), 4), sm.get_matching_blocks())
for op in sm.get_opcodes():
    print(op)
print("\n".join(difflib.unified_diff(a, b, fromfile="a.txt", tofile="b.txt", lineterm="", n=1)))
print("\n".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["one\n", "tree\n", "three\n", "four\n"])), end="")
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy", "applet"]))
print(list(difflib.context_diff(["a\n", "b\n"], ["a\n", "c\n"], lineterm="\n")))
t = string.Template("$who likes ${what}; cost: $$$amount")
print(t.substitute(who="Tim", what="kung pao", amount=5), t.safe_substitute(who="Ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
print(string.capwords("hello   wide world"), string.ascii_letters[:10], string.digits, string.hexdigits, repr(string.whitespace), string.punctuation)
fmt = string.Formatter()
print(fmt.format("{0:>5}|{name!r}", 42, name="x"), list(fmt.parse("a{0}b{x:>3}c")))
for s in ["café", "cafe\u0301", "Ａｂｃ１２３", "ﬁ", "Å"]:
    print(repr(s), len(s), [unicodedata.normalize(f, s) for f in ("NFC", "NFD", "NFKC")], [len(unicodedata.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")])
print(unicodedata.name("é"), unicodedata.category("é"), unicodedata.lookup("SNOWMAN"), unicodedata.numeric("½"), unicodedata.decimal("٣"), unicodedata.bidirectional("A"))
print(unicodedata.combining("\u0301"), unicodedata.east_asian_width("日"), unicodedata.mirrored("("), unicodedata.decomposition("é"))
print(html.escape("<a href='x'>Tom & \"Jerry\"</a>"), html.escape("<b>", quote=False), html.unescape("&lt;p&gt; &amp;amp; &eacute; &#233; &#x41; &nbsp;|&copy;"))
url = "https://user:pw@example.com:8443/path/to/page.html;params?q=python+url&lang=en&lang=fr#section-2"
u = urlparse(url)
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.params, u.query, u.fragment)
print(parse_qs(u.query), parse_qsl(u.query), urlencode({"q": "a b&c", "n": [1, 2]}, doseq=True), urlencode([("x", "é")]))
print(quote("a b/c?d=é"), quote("a b/c", safe=""), unquote("%E2%82%AC%20x"), quote_plus("a b+c"), urlunparse(u._replace(query="", fragment="")))
print(urljoin("http://a/b/c/d;p?q", "../g"), urljoin("http://a/b/c/d", "/x"), urljoin("http://a/b/", "http://other/y"), urlsplit("//host/p").netloc)
