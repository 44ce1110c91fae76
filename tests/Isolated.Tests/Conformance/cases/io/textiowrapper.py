import _io as io
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8")
print(t.encoding, t.errors, t.line_buffering, t.write_through, t.buffer is b)
t.write("héllo\n")
t.flush()
print(b.getvalue())
t = io.TextIOWrapper(io.BytesIO(b"l1\nl2\r\nl3"), encoding="ascii")
print(t.readline(), end="|")
print(list(t))
t = io.TextIOWrapper(io.BytesIO(b"abc"), encoding="latin-1", newline="")
print(t.read(1), t.read(), repr(t.read()))
raw = t.detach()
print(type(raw).__name__)
try:
    t.read()
except ValueError as e:
    print("ValueError", e)
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8", line_buffering=True)
t.write("no newline")
print(b.getvalue())
t.write("x\n")
print(b.getvalue())
t.reconfigure(line_buffering=False, errors="replace")
print(t.line_buffering, t.errors)
t.reconfigure(encoding="latin-1")
print(t.encoding)
for kw in [dict(encoding=5), dict(errors=5), dict(newline=5), dict(newline="x"), dict(encoding="nope")]:
    try:
        io.TextIOWrapper(io.BytesIO(), **kw)
    except Exception as e:
        print(type(e).__name__, e)
t = io.TextIOWrapper(io.BytesIO(b"x"), encoding="utf-8")
try:
    t.write(5)
except TypeError as e:
    print("TypeError", e)
big = io.TextIOWrapper(io.BytesIO((("é" * 5000 + "\n") * 3).encode()), encoding="utf-8")
print([len(l) for l in big])
