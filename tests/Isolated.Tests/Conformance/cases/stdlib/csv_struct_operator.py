# csv with dialects/DictReader/DictWriter, struct packing records, operator helpers.
import csv
import io
import struct
import operator

raw = 'name,qty,price,note\nhammer,3,12.50,"heavy, steel"\n"nail ""big""",100,0.05,\nsaw,1,30,"multi\nline"\n'
rows = list(csv.reader(io.StringIO(raw)))
print(rows)
for rec in csv.DictReader(io.StringIO(raw)):
    print(dict(rec))
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_MINIMAL)
w.writerow(["a", "b,c", 'd"e', 1.5, None, ""])
w.writerows([[1, 2], ["x y", "\n"]])
print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name", "score"], extrasaction="ignore")
dw.writeheader()
dw.writerow({"id": 1, "name": "ann", "score": 9.5, "extra": "x"})
dw.writerow({"id": 2, "name": "bob"})
print(out.getvalue(), end="")
out = io.StringIO()
csv.writer(out, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\n").writerow(["p", 2, "q;r"])
print(out.getvalue(), end="")
csv.register_dialect("pipes", delimiter="|", quotechar="'", skipinitialspace=True)
print(list(csv.reader(["a| 'b|c'| d"], dialect="pipes")), sorted(csv.list_dialects())[:3])
print(list(csv.reader(["1\t2\t3"], delimiter="\t")), list(csv.reader(['a,"b', 'c"'])))
print(list(csv.reader(["x, 'y'"], quoting=csv.QUOTE_NONNUMERIC, quotechar="'", skipinitialspace=True)) if False else "")
try:
    list(csv.reader(['a,"b"c"'], strict=True))
except csv.Error as e:
    print("csv.Error:", e)
sniffed = csv.Sniffer().sniff("a;b;c\n1;2;3\n")
print(sniffed.delimiter, csv.Sniffer().has_header("name,age\nann,30\nbob,25\n"))

fmt = "<4sHIf?"
rec = struct.pack(fmt, b"ABCD", 513, 70000, 1.5, True)
print(rec, len(rec), struct.calcsize(fmt), struct.unpack(fmt, rec))
print(struct.pack(">hq", -2, 2 ** 40), struct.unpack(">I", b"\x00\x00\x01\x00"), struct.calcsize("@ic"), struct.calcsize("=ic"))
records = b"".join(struct.pack("<Hb", i * 300, -i) for i in range(4))
print([r for r in struct.iter_unpack("<Hb", records)], struct.unpack_from("<Hb", records, 3))
buf = bytearray(8)
struct.pack_into(">HH", buf, 2, 1, 2)
print(buf, struct.Struct("!d").pack(2.5).hex(), struct.Struct("3s").size)
for bad in [(">h", 70000), ("<B", -1), ("<?x", 1)]:
    try:
        struct.pack(*bad)
    except struct.error as e:
        print("struct.error:", e)

people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cy", 31, "la")]
print(sorted(people, key=operator.itemgetter(1, 0)), list(map(operator.itemgetter(0), people)))


class P:
    def __init__(self, name, city):
        self.name, self.city = name, city

    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"


ps = [P("x", "b"), P("y", "a")]
print([p.name for p in sorted(ps, key=operator.attrgetter("city"))], operator.attrgetter("name", "city")(ps[0]))
print(operator.methodcaller("greet", "hi", punct="?")(ps[0]), operator.add(2, 3), operator.mul("a", 3), operator.neg(4))
print(operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 2), operator.pow(2, 8), operator.not_(0), operator.truth([]))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.concat([1], [2]))
d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d, operator.getitem("hello", slice(1, 3)), operator.index(7), operator.is_(None, None), operator.lt(1, 2))
print(operator.iadd([1], [2]), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.invert(5), operator.lshift(1, 4))
print(operator.itemgetter(slice(None, None, -1))("abc"), operator.length_hint(iter(range(5))), operator.abs(-2))
