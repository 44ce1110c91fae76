import _io as io
b = io.BytesIO(b"line1\nline2\nline3")
print(b.read(3), b.tell())
print(b.readline())
print(b.readlines())
print(b.read(), b.tell())
b.seek(0)
print(list(b))
b = io.BytesIO()
print(b.write(b"abc"), b.write(b"def"))
print(b.getvalue())
b.seek(10)
b.write(b"z")
print(b.getvalue())
b.seek(2)
b.write(b"XY")
print(b.getvalue(), b.tell())
print(b.truncate(4), b.getvalue())
print(b.seek(0, 2), b.seek(-1, 2), b.read())
print(b.readable(), b.writable(), b.seekable(), b.isatty())
buf = bytearray(3)
b.seek(0)
print(b.readinto(buf), buf)
print(bytes(b.getbuffer()))
b.close()
print(b.closed)
try:
    b.read()
except ValueError as e:
    print("ValueError", e)
try:
    io.BytesIO().write("str")
except TypeError as e:
    print("TypeError", e)
try:
    io.BytesIO().seek(-1)
except ValueError as e:
    print("ValueError", e)
with io.BytesIO(b"q") as c:
    print(c.read1())
print(c.closed)
