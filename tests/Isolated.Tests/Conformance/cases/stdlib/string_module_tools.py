# Text utilities: difflib diffs and close matches, textwrap for a column layout, html/urllib escaping and parsing.
import difflib
import html
import urllib.parse
import textwrap

a = "the quick brown fox jumps over the lazy dog".split()
b = "the quick red fox leaps over the lazy cat".split()
print(list(difflib.unified_diff(a, b, "old", "new", lineterm="", n=1)))
sm = difflib.SequenceMatcher(None, "abcdefgh", "abXdefYh")
print(round(sm.ratio(), 4), sm.get_matching_blocks(), sm.get_opcodes())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy", "applet"]), difflib.get_close_matches("xyz", ["abc"]))
for line in difflib.ndiff(["one\n", "two\n", "three\n"], ["one\n", "tree\n", "three\n", "four\n"]):
    print(repr(line))
old = "line1\nline2\nline3\n".splitlines(keepends=True)
new = "line1\nline2 changed\nline3\nline4\n".splitlines(keepends=True)
print("".join(difflib.context_diff(old, new, "a.txt", "b.txt")), end="")
print(html.escape('<a href="x?a=1&b=2">Tom\'s</a>'), html.unescape("&lt;p&gt; &amp;amp; &eacute; &#39; &#x41;"))
url = "https://user:pw@example.com:8080/path/to/page.html?q=python+3&lang=en&lang=fr#section-2"
u = urllib.parse.urlparse(url)
print(u.scheme, u.netloc, u.hostname, u.port, u.path, u.query, u.fragment, u.username)
print(urllib.parse.parse_qs(u.query), urllib.parse.parse_qsl(u.query))
print(urllib.parse.urlencode({"q": "a b&c", "n": 1, "tags": ["x", "y"]}, doseq=True), urllib.parse.quote("a b/c?d"), urllib.parse.quote_plus("a b/c"))
print(urllib.parse.unquote("%E2%82%AC%20sign"), urllib.parse.urljoin("http://a/b/c/d", "../e"), urllib.parse.urlunparse(u._replace(query="", fragment="")))
print(urllib.parse.urlsplit("//host/p").netloc, urllib.parse.quote("é", safe=""), urllib.parse.unquote_plus("a+b%2Bc"))
cols = [textwrap.wrap(t, 18) for t in ("First column text that is long enough to wrap.", "Second, shorter.", "Third column with a few more words in it here.")]
for row in range(max(map(len, cols))):
    print(" | ".join((c[row] if row < len(c) else "").ljust(18) for c in cols))
