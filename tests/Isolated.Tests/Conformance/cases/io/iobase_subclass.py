import _io
import _io as io
class Upper(_io._RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + len(b)]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)
u = Upper(b"abc\ndef\n")
print(u.read(2), u.readline(), u.read())
u = Upper(b"x\ny\n")
print(u.readall())
br = io.BufferedReader(Upper(b"buffered\nlines\n"))
print(list(br))
t = io.TextIOWrapper(io.BufferedReader(Upper(b"text one\ntext two\n")), encoding="utf-8")
print(t.readlines())
class Lines(io.StringIO):
    def readline(self, *args):
        return super().readline(*args).upper()
print(list(Lines("a\nb\n")))
class Sink(_io._IOBase):
    def __init__(self):
        self.got = []
    def write(self, s):
        self.got.append(s)
s = Sink()
s.writelines(["1", "2"])
print(s.got, s.readable(), s.writable(), s.seekable(), s.closed)
try:
    s.seek(0)
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
try:
    s.fileno()
except OSError as e:
    print(type(e).__name__, e)
s.close()
print(s.closed)
try:
    with s:
        pass
except ValueError as e:
    print("ValueError", e)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(isinstance(io.BytesIO(), io._BufferedIOBase), isinstance(io.StringIO(), io._TextIOBase))
print([c.__name__ for c in io.FileIO.__mro__])
print([c.__name__ for c in io.StringIO.__mro__])
print(io.DEFAULT_BUFFER_SIZE, io.text_encoding(None), io.text_encoding("latin-1"))
b = io.BytesIO(b"attr")
b.extra = 1
print(b.extra)
