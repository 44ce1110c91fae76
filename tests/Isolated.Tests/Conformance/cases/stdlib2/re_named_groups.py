import re

log = """2024-01-15 10:23:45 ERROR [db] connection lost (code=17)
2024-01-15 10:24:01 INFO [web] request served in 35ms
2024-01-16 08:00:00 WARNING [db] slow query: 1200ms
bad line here
2024-01-16 09:12:13 ERROR [auth] invalid token for user=alice"""

pat = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+) \[(?P<comp>\w+)\] (?P<msg>.*)")
for line in log.splitlines():
    m = pat.match(line)
    if not m:
        print("no match:", line)
        continue
    print(m.group("level"), m["comp"], m.groupdict()["date"], m.span("msg"), m.start("time"))
    print("  ", m.group(1, 3), m.lastgroup, m.lastindex)

print(pat.groupindex["msg"], pat.groups, sorted(pat.groupindex))
m = re.search(r"(?P<key>\w+)=(?P<val>\w+)", log)
print(m.group(0), m.expand(r"\g<val> is \g<key> (\1)"))
print([m.groupdict() for m in re.finditer(r"(?P<n>\d+)ms", log)])

# optional groups and defaults
m = re.match(r"(?P<a>x)?(?P<b>y)", "y")
print(m.groupdict(), m.groupdict(default="-"), m.groups("?"), m.group("a"))

# backreference by name
print(re.findall(r"(?P<ch>\w)(?P=ch)", "aabbcdeeff"))
print(re.sub(r"(?P<w>\w+) (?P=w)", r"\g<w>", "the the cat sat sat down"))

# named groups with alternation and conditionals
date_re = re.compile(r"(?:(?P<iso>\d{4}-\d\d-\d\d)|(?P<us>\d\d/\d\d/\d{4}))")
for s in ["on 2023-05-01", "on 05/01/2023", "never"]:
    m = date_re.search(s)
    print(s, "->", m and {k: v for k, v in m.groupdict().items() if v})
cond = re.compile(r"(<)?(\w+@\w+\.com)(?(1)>|$)")
for s in ["<user@host.com>", "user@host.com", "<user@host.com"]:
    print(s, bool(cond.fullmatch(s)))

# errors
for bad in [r"(?P<1a>x)", r"(?P<a>x)(?P<a>y)", r"(?P=missing)", r"(unclosed", r"x{2,1}", r"[z-a]"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(f"{bad!r}: {e} (pos {e.pos})")
try:
    re.match(r"(?P<a>x)", "x").group("b")
except IndexError as e:
    print("IndexError:", e)

# Match object API
m = re.search(r"(\w+)@(\w+)\.(?P<tld>com|org)", "mail: bob@example.org!")
print(m.re.pattern, m.string, m.pos, m.endpos, m.regs)
print(m[0], m[1], m[2], m["tld"], m.end(2), repr(m)[:40])
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
