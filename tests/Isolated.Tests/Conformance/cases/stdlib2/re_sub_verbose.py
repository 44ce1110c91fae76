import re

# sub with a function
def to_upper(m):
    return m.group(0).upper()

print(re.sub(r"\b[a-z]", to_upper, "hello big wide world"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.subn(r"o", "0", "foo boo zoo", count=2))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "alice@home bob@work"))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"(?m)^", "> ", "line1\nline2\nline3"))
print(re.sub("a", r"\n", "banana") == "b\nn\nn\n")
try:
    re.sub("a", r"\9", "a")
except re.error as e:
    print("error:", e)

# VERBOSE
phone = re.compile(r"""
    ^\(?(\d{3})\)?   # area code, optional parens
    [-.\s]?          # separator
    (\d{3})          # exchange
    [-.\s]?
    (\d{4})$         # number
""", re.VERBOSE)
for p in ["(555) 123-4567", "555.123.4567", "5551234567", "55-123-4567"]:
    m = phone.match(p)
    print(p, "->", "-".join(m.groups()) if m else None)

number = re.compile(r"""
    [-+]?           # sign
    (?: \d+ \.? \d* | \. \d+ )  # mantissa
    (?: [eE] [-+]? \d+ )?       # exponent
""", re.X)
print(number.findall("x=3.14 y=-2 z=.5e10 w=+7E-3 q=abc"))

# lookbehind / lookahead
print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", "cost $12.50 and $7, not 9"))
print(re.findall(r"(?<!\$)\b\d+\b", "cost $12 and 7 and 9"))
print(re.findall(r"\w+(?=ing\b)", "running jumping sing ring"))
print(re.findall(r"\b\w+\b(?!\s*=)", "a = b + c == d"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567890"))
try:
    re.compile(r"(?<=a+)b")
except re.error as e:
    print("error:", e)

# flags
print(re.findall(r"^\w+", "One\ntwo\nThree", re.M))
print(re.findall(r"a.c", "a\nc abc", re.S))
print(re.findall(r"(?i)straße", "STRASSE Straße straße"))
print(re.search(r"HELLO", "say hello", re.I | re.M).group())
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b"), re.split(r"\s+", " x y ", maxsplit=1))
print(re.escape("1+1=2? [yes] (a|b) $5.00"))
print(re.findall(r"[\u00c0-\u00ff]+", "naïve café résumé"))
print(re.compile(r"\d", re.A).findall("1٢3"), re.findall(r"\d", "1٢3"))
scanner = re.compile(r"\s*(?:(\d+)|(\w+)|(.))")
print([(m.lastindex, m.group(m.lastindex)) for m in scanner.finditer("x1 + 22*y")])
print(re.purge() is None, re.compile("a", re.I).flags & re.I == re.I)
print(repr(re.compile(r"a|b", re.I | re.M)))
