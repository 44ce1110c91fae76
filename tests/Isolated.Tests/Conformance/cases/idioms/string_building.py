# Building strings efficiently and readably: join vs +=, io.StringIO, str.format tables, multi-line literals, dedent, bytes building.
import io
import textwrap

parts = []
for i in range(5):
    parts.append(f"item{i}")
print(", ".join(parts), "-".join(map(str, range(5))), "".join(reversed("stressed")))
s = ""
for ch in "abc":
    s += ch * 2
print(s)
buf = io.StringIO()
buf.write("header\n")
for i in range(3):
    print(f"row {i}", file=buf)
buf.write("footer")
print(repr(buf.getvalue()), buf.tell(), len(buf.getvalue()))
buf.seek(0)
print(buf.readline().strip(), buf.read().split("\n"))
query = ("SELECT name, age "
         "FROM users "
         "WHERE age > 21")
print(query)
poem = """\
    Roses are red,
      Violets are blue,
    Sugar is sweet."""
print(textwrap.dedent(poem))
print("line one\
 continues here")
raw = r"C:\new\table\x41"
print(raw, len(raw), raw.split("\\"))
bb = bytearray()
for i in range(5):
    bb += bytes([65 + i])
bb.extend(b"!!")
bb[0] = 97
print(bb, bytes(bb), bb.decode(), b"-".join([b"a", b"b"]), b"%d-%s" % (5, b"x"))
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25)]
lines = ["{:<8}{:>4}{:>8.2f}".format(*r) for r in rows]
print("\n".join(lines))
print("=" * 20, "\n".join(f"{k}={v}" for k, v in {"a": 1, "b": 2}.items()), sep="\n")
words = "the quick brown fox".split()
print(" ".join(w[::-1] for w in words), " ".join(w.capitalize() for w in words), "".join(w[0] for w in words).upper())
print(str(123) + "abc", repr([1, "a"]), str([1, "a"]), f"{'quoted'!r}", "%s%%" % 50, "{{}}".format(), "a" "b" "c")
