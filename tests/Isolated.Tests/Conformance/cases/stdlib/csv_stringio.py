# csv with io.StringIO: reader/writer dialects, quoting modes, DictReader/DictWriter, Sniffer, errors.
import csv
import io

data = '''name,dept,salary,notes
Alice,Engineering,120000,"Team lead, backend"
Bob,Marketing,85000,
"Carol ""CJ"" Jones",Engineering,99000,"Multi
line note"
Dan,Sales,70000,Remote
'''
rows = list(csv.reader(io.StringIO(data, newline="")))
for row in rows:
    print(row)
reader = csv.DictReader(io.StringIO(data, newline=""))
print(reader.fieldnames)
people = list(reader)
print(reader.line_num, len(people))
by_dept = {}
for p in people:
    by_dept.setdefault(p["dept"], []).append(int(p["salary"]))
for dept in sorted(by_dept):
    total = sum(by_dept[dept])
    print(f"{dept:<12} n={len(by_dept[dept])} total={total:>8,} avg={total / len(by_dept[dept]):>10.2f}")

out = io.StringIO()
w = csv.writer(out)
w.writerow(["id", "text", "value"])
w.writerows([[1, "plain", 1.5], [2, "comma, inside", None], [3, 'quote "here"', True], [4, "new\nline", -0.0], [5, "", 10 ** 20]])
print(repr(out.getvalue()))
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL):
    buf = io.StringIO()
    wr = csv.writer(buf, quoting=quoting, escapechar="\\", lineterminator="\n")
    wr.writerow(["a", 1, 2.5, None, "x,y", 'q"'])
    print(quoting, repr(buf.getvalue()))
back = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
print(back)
nums = io.StringIO('1,2.5,"three"\n-4,1e3,"5"\n')
print(list(csv.reader(nums, quoting=csv.QUOTE_NONNUMERIC)))

dw_out = io.StringIO()
dw = csv.DictWriter(dw_out, fieldnames=["name", "age", "city"], restval="?", lineterminator="\n")
dw.writeheader()
dw.writerow({"name": "Zed", "age": 40})
dw.writerows([{"name": "Amy", "age": 31, "city": "Oslo"}, {"city": "Rome", "name": "Bo"}])
print(dw_out.getvalue(), end="")
try:
    dw.writerow({"name": "X", "extra": 1})
except ValueError as e:
    print("ValueError:", e)
ignoring = csv.DictWriter(io.StringIO(), fieldnames=["a"], extrasaction="ignore")
print(ignoring.writerow({"a": 1, "b": 2}))
short_long = "a,b\n1\n1,2,3,4\n"
for row in csv.DictReader(io.StringIO(short_long), restkey="more", restval="missing"):
    print(row)
print(list(csv.DictReader(io.StringIO("x;y\n1;2\n"), delimiter=";")))
print(list(csv.DictReader(["1,2", "3,4"], fieldnames=["p", "q"])))

class Pipes(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    doublequote = True
    skipinitialspace = True
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
csv.register_dialect("pipes", Pipes)
print(sorted(csv.list_dialects()), csv.get_dialect("pipes").delimiter)
print(list(csv.reader(["a| 'b|c'| d"], "pipes")))
pbuf = io.StringIO()
csv.writer(pbuf, dialect="pipes").writerow(["x|y", "it's", "z"])
print(repr(pbuf.getvalue()))
csv.unregister_dialect("pipes")
try:
    csv.get_dialect("pipes")
except csv.Error as e:
    print("csv.Error:", e)
print(list(csv.reader(["a\tb\tc"], dialect="excel-tab")), list(csv.reader(['"x","y"'], dialect=csv.unix_dialect)))
ubuf = io.StringIO()
csv.writer(ubuf, dialect="unix").writerow([1, "two"])
print(repr(ubuf.getvalue()))

sample = "id;name;score\n1;ann;3.5\n2;bob;4.0\n3;cy;2.25\n"
sniffer = csv.Sniffer()
dialect = sniffer.sniff(sample)
print(repr(dialect.delimiter), dialect.quotechar, sniffer.has_header(sample))
print(list(csv.reader(io.StringIO(sample), dialect))[:2])
for bad, kwargs in [('a,"b', {"strict": True}), ('"a"b', {"strict": True}), ("a\rb", {}), ("x" * 50, {})]:
    old = csv.field_size_limit(20)
    try:
        print(list(csv.reader([bad], **kwargs)))
    except csv.Error as e:
        print("csv.Error:", e)
    finally:
        csv.field_size_limit(old)
for kwargs in [{"delimiter": ""}, {"quotechar": 5}, {"quoting": 42}, {"quotechar": None, "quoting": csv.QUOTE_ALL}, {"lineterminator": 0}]:
    try:
        csv.writer(io.StringIO(), **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["needs,escape"])
except csv.Error as e:
    print("csv.Error:", e)
r = csv.reader(io.StringIO("a,b\nc,d\n"))
print(r.line_num, next(r), r.line_num, r.dialect.delimiter, r.dialect.lineterminator == "\r\n", r.dialect.strict)
try:
    r.dialect.delimiter = ";"
except AttributeError as e:
    print("AttributeError:", e)
print(issubclass(csv.Error, Exception), csv.QUOTE_NONNUMERIC, csv.__version__)
