# textwrap, string.Template, string constants, pprint and reprlib.
import textwrap
import string
import pprint
import reprlib

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. "
        "How vexingly quick daft zebras jump!")
print(textwrap.fill(text, width=30))
print(textwrap.wrap(text, 40))
print(textwrap.fill(text, 35, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50), "|", textwrap.shorten("Hello  world", width=11, placeholder="..."))
block = """
    def f():
        return 1
    """
print(repr(textwrap.dedent(block)))
print(textwrap.indent("a\nb\n\nc", "> "), textwrap.indent("a\n\nb", "+ ", lambda line: True), sep="\n")
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder=" [...]")
print(w.wrap(text))
print(textwrap.fill("a-very-long-hyphenated-word-that-breaks", 10))
print(textwrap.wrap("tabs\there and\tthere", 12, expand_tabs=True))

t = string.Template("Hello $name, you owe $$${amount} since ${when}.")
print(t.substitute(name="ann", amount="10.50", when="May"))
print(t.safe_substitute(name="bob"))
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("bad $").substitute()
except ValueError as e:
    print("ValueError:", e)


class Percent(string.Template):
    delimiter = "%"


print(Percent("100%pct done by %who").substitute(pct="", who="me"), t.get_identifiers(), t.is_valid())
print(string.ascii_letters, string.digits, string.hexdigits, string.punctuation)
print(string.capwords("hello   world  of python"), repr(string.whitespace))
fmt = string.Formatter()
print(fmt.format("{0}-{name}-{1:>3}", "a", 7, name="n"), list(fmt.parse("x{a!r:>4}y{}")))

data = {"users": [{"name": "ann", "roles": ["admin", "dev"], "active": True},
                  {"name": "bob", "roles": [], "active": False}],
        "meta": {"version": (1, 2, 3), "tags": {3, 1}, "limits": dict(zip("abcdef", range(6)))}}
pprint.pprint(data)
pprint.pprint(data, width=40, compact=True)
pprint.pprint(data, depth=2)
print(pprint.pformat(list(range(30)), width=50))
print(pprint.pformat({"z": 1, "a": 2}, sort_dicts=False), pprint.saferepr([1, {2: "x"}]))
nested = [1, [2, [3, [4, [5]]]]]
print(pprint.isreadable(nested), pprint.isrecursive(nested))
nested.append(nested)
print(pprint.saferepr(nested).split(" with id")[0], pprint.isrecursive(nested))
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 10
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), r.repr([1, 2, 3, 4, 5]), r.repr("abcdefghijklmnop"))
print(reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(10))), reprlib.repr((1,) * 10))


class Node:
    def __init__(self, children):
        self.children = children

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.children!r})"


n = Node([])
n.children.append(n)
print(n)
