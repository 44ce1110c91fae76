"""Comparing two versions of a config and a word list: unified/context diffs, ratios, close matches, HtmlDiff summary."""
import difflib

old = """[server]
host = 127.0.0.1
port = 8080
workers = 4
timeout = 30

[db]
url = sqlite:///app.db
pool = 5
""".splitlines(keepends=True)
new = """[server]
host = 0.0.0.0
port = 8080
workers = 8
keepalive = yes

[db]
url = postgres://db/app
pool = 5
echo = no
""".splitlines(keepends=True)
print("".join(difflib.unified_diff(old, new, "a/app.ini", "b/app.ini", "2024-01-01", "2024-02-01", n=1)), end="")
sm = difflib.SequenceMatcher(None, old, new)
for tag, i1, i2, j1, j2 in sm.get_opcodes():
    if tag != "equal":
        print(f"{tag:8} old[{i1}:{i2}] -> new[{j1}:{j2}] {[l.strip() for l in old[i1:i2]]} {[l.strip() for l in new[j1:j2]]}")
print(round(sm.ratio(), 4))
changed = [(a.strip(), b.strip(), round(difflib.SequenceMatcher(None, a, b).ratio(), 3))
           for a, b in zip(old, new) if a != b]
print(changed)
words = ["configuration", "conflagration", "confirmation", "conformation", "information", "consternation"]
for typo in ["confguration", "infomation", "xyz", "conf"]:
    print(typo, difflib.get_close_matches(typo, words, n=3, cutoff=0.6))
print("".join(difflib.ndiff(["kitten\n", "sitting\n"], ["sitting\n", "mitten\n"])), end="")
d = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
print("".join(d.compare(["The quick brown fox\n"], ["The quick brown cat\n"])), end="")
table = difflib.HtmlDiff(wrapcolumn=40).make_file(old, new, "old", "new", context=True, numlines=1)
print(table.count('class="diff_add"'), table.count('class="diff_chg"'), table.count('class="diff_sub"'), "<table" in table)
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"b\n"], [b"a\n", b"c\n"], b"x", b"y")))
