import _io as io
raw = io.BytesIO(b"0123456789abcdef\nsecond line\n")
r = io.BufferedReader(raw, buffer_size=4)
print(r.peek(1)[:1], r.read(2), r.read1(3))
print(r.readline())
print(r.readline(3), r.read())
print(r.readable(), r.writable(), r.seekable())
w_raw = io.BytesIO()
w = io.BufferedWriter(w_raw, buffer_size=8)
w.write(b"abc")
print(w_raw.getvalue())
w.flush()
print(w_raw.getvalue())
w.write(b"0123456789")
print(w_raw.getvalue())
print(w.tell())
w.close()
print(w.closed, w_raw.closed)
rnd = io.BufferedRandom(io.BytesIO(b"hello world"))
print(rnd.read(5))
rnd.write(b"_")
rnd.seek(0)
print(rnd.read())
pair = io.BufferedRWPair(io.BytesIO(b"in"), io.BytesIO())
print(pair.read(), pair.write(b"out"), pair.readable(), pair.writable())
for bad in [(io.BytesIO(), 0), (io.BytesIO(), -1)]:
    try:
        io.BufferedReader(*bad)
    except ValueError as e:
        print("ValueError", e)
r = io.BufferedReader(io.BytesIO(b"x"))
raw = r.detach()
print(type(raw).__name__)
try:
    r.read()
except ValueError as e:
    print("ValueError", e)
print(repr(r))
try:
    io.BufferedReader(io.BytesIO()).write(b"x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
try:
    io.BufferedWriter(io.BytesIO()).read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
