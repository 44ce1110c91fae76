import _io as io
s = io.StringIO("a\nb\nc")
print(repr(s.readline()), s.tell())
print(s.readlines())
s.seek(0)
print([l for l in s])
s = io.StringIO()
print(s.write("hello "), s.write("wörld"))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.read(5)))
s.seek(0, 2)
s.write("!")
print(repr(s.getvalue()))
s.seek(20)
s.write("z")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.line_buffering)
for args in [(1,), ("", 5), ("", "x")]:
    try:
        io.StringIO(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    s.seek(1, 1)
except OSError as e:
    print(type(e).__name__, e)
try:
    s.write(b"x")
except TypeError as e:
    print("TypeError", e)
s.close()
try:
    s.getvalue()
except ValueError as e:
    print("ValueError", e)
print(s.closed)
