# Text processing toolkit: re (named groups, lookarounds, verbose), textwrap, string.Template, difflib.
import difflib
import re
import string
import textwrap

text = """Contact: john.doe@example.com, Jane <jane_smith99@mail.co.uk>; invalid@; bob@localhost.
Prices: $12.50, $3, USD 45.00, $1,234.99 and 7 euros. Dates: 2024-03-15, 15/03/2024, 2023-12-01."""

emails = re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text)
print(emails)
prices = [float(m.group("amt").replace(",", "")) for m in re.finditer(r"(?<=\$)(?P<amt>\d{1,3}(?:,\d{3})*(?:\.\d\d)?)", text)]
print(prices, sum(prices))
DATE = re.compile(r"""
    (?P<year>\d{4}) -   # year
    (?P<month>0[1-9]|1[0-2]) -
    (?P<day>\d{2})
""", re.VERBOSE)
for m in DATE.finditer(text):
    print(m.group(0), m.groupdict(), m.span(), m.start("month"))
print(DATE.sub(lambda m: f"{m['day']}.{m['month']}.{m['year']}", "on 2024-03-15 and 1999-01-31"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "user@host"), re.sub(r"(?P<w>\b\w)", r"<\g<w>>", "a bc"))
print(re.split(r"\s*[,;]\s*", "a , b;c ;d"), re.split(r"(\d)", "a1b2c"), re.split(r"x*", "axbc"))
print(re.findall(r"\b(\w)(\w*)\1\b", "anna bob civic deed tot xyz"), re.findall(r"(?i)python(?!\s*2)", "Python 3, python 2, PYTHON"))
print(re.fullmatch(r"[A-Z]{3}-\d{4}", "ABC-1234") is not None, re.match(r"\d+", "abc"), re.search(r"(?<!\d)\d{2}(?!\d)", "123 45 6789").group())
m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?: (?P<suffix>Jr|Sr))?", "Martin Luther King")
print(m.groups(), m.group("first", "last"), m.groupdict(default="-"), m.lastgroup, m.lastindex, m.expand(r"\g<last>, \1"))
print(re.escape("1+1=2? (yes)"), re.compile(r"a|b", re.I).pattern, bool(re.compile("x").flags & re.UNICODE))
print(re.sub(r"^\s+|\s+$", "", "  trim me  ", flags=re.M), re.findall(r"^\w", "ab\ncd\nef", re.M), re.subn(r"o", "0", "foo boo"))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e.msg, e.pos)

para = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.fill(para, width=40))
print(textwrap.shorten(para, width=50, placeholder=" [...]"))
print(textwrap.indent("line1\n\nline3", "> ", lambda l: True))
print(repr(textwrap.dedent("""
    def f():
        return 1
""")))
w = textwrap.TextWrapper(width=30, initial_indent="* ", subsequent_indent="  ", break_long_words=True)
print("\n".join(w.wrap("supercalifragilisticexpialidocious is a very long word indeed " * 2)))

tpl = string.Template("Dear $name, your order #${order} of $$${amount} ships $when.")
print(tpl.substitute(name="Ann", order=42, amount="9.99", when="today"))
print(tpl.safe_substitute(name="Bob"))
try:
    tpl.substitute(name="Cy")
except KeyError as e:
    print("KeyError:", e)
print(string.capwords("hello   world-wide web"), string.ascii_letters[:5], string.digits, string.punctuation[:6])
fmt = string.Formatter()
print(fmt.format("{0:>5}|{name!r}", 42, name="x"), list(fmt.parse("a{b}c{d!s:>3}")))

old = "apple\nbanana\ncherry\ndate\n".splitlines(keepends=True)
new = "apple\nblueberry\ncherry\ndate\nelderberry\n".splitlines(keepends=True)
print("".join(difflib.unified_diff(old, new, "old.txt", "new.txt")), end="")
print("".join(difflib.ndiff(["one\n", "two\n"], ["one\n", "tow\n"])), end="")
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), round(difflib.SequenceMatcher(None, "abcd", "bcde").ratio(), 3))
sm = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(sm.get_opcodes(), sm.find_longest_match(0, 10, 0, 20))
