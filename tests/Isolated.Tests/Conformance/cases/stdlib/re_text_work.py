# re for real text work: log parsing, named groups, substitution functions, verbose patterns, splitting, lookarounds.
import re
from collections import Counter

LOG = """\
2024-03-01 12:00:01 INFO  [web] GET /index.html 200 512ms user=ann
2024-03-01 12:00:02 WARN  [db] slow query took 1500ms table=orders
2024-03-01 12:00:05 ERROR [web] POST /api/login 500 30ms user=bob
2024-03-01 12:01:00 INFO  [web] GET /about 200 12ms user=ann
2024-03-01 12:02:10 ERROR [auth] token expired user=cy
"""
LINE = re.compile(r"""
    (?P<date>\d{4}-\d{2}-\d{2})\s+
    (?P<time>[\d:]+)\s+
    (?P<level>[A-Z]+)\s+
    \[(?P<comp>\w+)\]\s+
    (?P<msg>.*)
""", re.VERBOSE)
levels = Counter()
for line in LOG.splitlines():
    m = LINE.match(line)
    levels[m["level"]] += 1
    kv = dict(re.findall(r"(\w+)=(\w+)", m.group("msg")))
    ms = re.search(r"(\d+)ms", line)
    print(m.group("time", "level", "comp"), kv, int(ms.group(1)) if ms else None)
print(sorted(levels.items()))
print(re.findall(r"(GET|POST) (\S+) (\d{3})", LOG))
print([m.span() for m in re.finditer(r"ERROR", LOG)], len(re.findall(r"^2024", LOG, re.M)))
print(re.sub(r"user=(\w+)", lambda m: "user=" + m[1].upper(), LOG.splitlines()[0]))
print(re.sub(r"(\d+)ms", r"\1 ms", "took 15ms and 20ms"), re.subn(r"\s+", " ", "a  b \t c\n d"))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", r"\g<d>/\g<m>/\g<y>", "on 2024-03-01 and 2023-12-31"))
print(re.split(r"[;,]\s*", "a, b;c ,d"), re.split(r"(\d)", "a1b2c"), re.split(r"\s+", " lead trail ", maxsplit=1))
email = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
for addr in ["a.b@example.com", "bad@", "x+y@sub.domain.org", "no at.com"]:
    print(addr, bool(email.match(addr)))
print(re.findall(r"\b\w+(?=ing\b)", "singing and dancing while thinking"), re.findall(r"(?<=\$)\d+(?:\.\d\d)?", "cost $15.50 or $7"))
print(re.findall(r"(?<!\d)\d{3}(?!\d)", "12 345 6789 012"), re.sub(r"(?i)hello", "bye", "Hello HELLO hello"))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.match(r"a*", "bbb").group(), re.search(r"$", "abc").start())
m = re.match(r"(\w+) (\w+)(?: (\w+))?", "John Smith")
print(m.groups(), m.groups("-"), m.group(0), m.lastindex, m.lastgroup, m.expand(r"\2, \1"), m.start(2), m.end(), m.re.pattern)
print(re.compile(r"(?P<key>\w+)=(?P<val>\d+)").sub(lambda m: f"{m['key']}:{int(m['val']) * 2}", "a=1 b=22"))
print(re.escape("1+1=2? [yes]"), re.findall(r"[^\W\d_]+", "héllo wörld 42 under_score"), re.findall(r"\d", "١٢3"))
print(re.findall(r"(a|b)*c", "abac"), re.findall(r"((a)(b))", "abab"), re.findall(r"x*", "axb"))
tokens = re.compile(r"\s*(?:(?P<num>\d+\.?\d*)|(?P<op>[-+*/()])|(?P<name>[a-z]+))")
print([(m.lastgroup, m.group(m.lastgroup)) for m in tokens.finditer("3.5 + x*(42 - y)")])
print(re.sub(r"\B(?=(\d{3})+(?!\d))", ",", "1234567890"), re.sub(r"^\s+|\s+$", "", "  trim me  "))
camel = "parseHTTPResponseCode"
print(re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", camel).lower())
print(re.findall(r"\w+", "it's a dog's life", re.ASCII), re.IGNORECASE | re.MULTILINE, re.compile("a", re.I).flags & re.I)
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e, e.pos)
print(re.match(r"(?s)a.b", "a\nb") is not None, re.match(r"a.b", "a\nb"), re.search(r"^b", "a\nb", re.M).start())
print(re.sub(r"x", lambda m: "", "xaxbx"), re.sub("", "-", "abc"), re.findall(r"\b", "ab cd").__len__())
