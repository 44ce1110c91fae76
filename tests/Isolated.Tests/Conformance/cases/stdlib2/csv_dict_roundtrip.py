import csv
import io

rows = [
    {"id": 1, "name": "Alice", "city": "New York, NY", "note": 'said "hi"'},
    {"id": 2, "name": "Bob", "city": "Paris", "note": "multi\nline"},
    {"id": 3, "name": "Émilie", "city": "", "note": None},
]
buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=["id", "name", "city", "note"])
w.writeheader()
w.writerows(rows)
text = buf.getvalue()
print(repr(text))
buf.seek(0)
r = csv.DictReader(buf)
print(r.fieldnames)
back = list(r)
for row in back:
    print(row)
print(r.line_num)

# missing / extra keys
buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=["a", "b"], restval="?", extrasaction="ignore")
w.writerow({"a": 1, "zzz": 9})
print(repr(buf.getvalue()))
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError:", e)

r = csv.DictReader(io.StringIO("a,b\n1,2,3,4\n5\n"), restkey="rest", restval="NA")
print(list(r))
r = csv.DictReader(io.StringIO("1,2\n3,4\n"), fieldnames=["x", "y"])
print([dict(d) for d in r])

# dialects and quoting
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL):
    buf = io.StringIO()
    try:
        csv.writer(buf, quoting=q, escapechar="\\").writerow(["a", 1, 2.5, None, "x,y", ""])
        print(q, repr(buf.getvalue()))
    except csv.Error as e:
        print(q, "Error:", e)
print(list(csv.reader(io.StringIO('1,"2",three\n'), quoting=csv.QUOTE_NONNUMERIC)) if False else "")
print(list(csv.reader(['"1",2.5,"x"'], quoting=csv.QUOTE_NONNUMERIC)))
try:
    list(csv.reader(['a,b'], quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print("ValueError:", e)

csv.register_dialect("pipes", delimiter="|", quotechar="'", lineterminator="\n", skipinitialspace=True)
buf = io.StringIO()
w = csv.writer(buf, dialect="pipes")
w.writerow(["a|b", "c", "it's"])
print(repr(buf.getvalue()))
print(list(csv.reader(["x| 'y|z'| w"], dialect="pipes")))
print(sorted(csv.list_dialects()))
d = csv.get_dialect("pipes")
print(d.delimiter, d.quotechar, d.skipinitialspace, d.quoting == csv.QUOTE_MINIMAL)
csv.unregister_dialect("pipes")
try:
    csv.get_dialect("pipes")
except csv.Error as e:
    print("Error:", e)

sniff = csv.Sniffer()
sample = "name;age;city\nann;31;Rome\nbob;25;Oslo\n"
dialect = sniff.sniff(sample)
print(dialect.delimiter, sniff.has_header(sample))
print(list(csv.reader(io.StringIO(sample), dialect)))
tsv = list(csv.reader(io.StringIO("a\tb\n1\t2\n"), delimiter="\t"))
print(tsv, list(csv.reader(io.StringIO("a,b\r\n\r\nc,d\r\n"))))
try:
    list(csv.reader(io.StringIO('a,"b\n')))
except csv.Error as e:
    print("Error:", e)
print(list(csv.reader(['a,"b""c",d'])), list(csv.reader(["  a,  b"], skipinitialspace=True)))
print(csv.field_size_limit() > 0)
