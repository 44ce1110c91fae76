import io
import sys

print(sys.argv, sys.version_info[:2], sys.version_info.major, sys.platform, sys.byteorder, sys.maxsize == 2**63 - 1)
print(sys.implementation.name in ("cpython", "isolated"), type(sys.flags.optimize).__name__, sys.float_info.max > 1e308, sys.int_info.bits_per_digit > 0)
print(sys.getrecursionlimit() >= 1000, sys.getdefaultencoding(), sys.getfilesystemencoding(), "json" not in sys.builtin_module_names)
print(sys.stdout.encoding.lower(), sys.stdin is sys.__stdin__, callable(sys.exit), isinstance(sys.path, list), sys.path[0].endswith("stdlib2"))
print(type(sys.modules).__name__, "sys" in sys.modules, __name__, sys.modules["__main__"].__name__)
print(sys.intern("abc") is sys.intern("abc"), sys.getsizeof(0) > 0, sys.exc_info(), sys.hash_info.width)
try:
    raise ValueError("x")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno, sys.exception() is v)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
print(sys._getframe().f_code.co_name, sys._getframe(0).f_lineno)
old = sys.stdout
sys.stdout = io.StringIO()
print("captured")
captured, sys.stdout = sys.stdout.getvalue(), old
print(repr(captured))
sys.stdout.write("write returns count\n")
print(sys.stdout.write("abc\n"))
print("to", "stdout", sep="-", end="!\n", file=sys.stdout, flush=True)

s = io.StringIO("line1\nline2\r\nline3")
print(s.readline(), s.readlines(), s.tell(), s.read(), s.seek(0), s.read(5))
s = io.StringIO(newline=None)
s.write("a\r\nb\rc\n")
s.seek(0)
print(repr(s.read()))
s = io.StringIO()
s.write("hello")
s.seek(1)
s.write("EY")
print(s.getvalue(), s.truncate(3), s.getvalue(), s.closed)
s.close()
try:
    s.getvalue()
except ValueError as e:
    print("ValueError:", e)
b = io.BytesIO(b"binary\x00data")
print(b.read(6), b.read1(2), b.getbuffer().nbytes, b.seek(-4, io.SEEK_END), b.read())
b = io.BytesIO()
b.write(b"abc")
b.writelines([b"d", b"e"])
print(b.getvalue(), b.tell(), bytes(b.getbuffer()[1:3]))
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\n")
w.write("é€\n")
w.flush()
print(w.buffer.getvalue(), w.encoding, w.line_buffering)
r = io.TextIOWrapper(io.BytesIO("Grüße\nzwei\n".encode("latin-1")), encoding="latin-1")
print(r.readline(), r.read())
bad = io.TextIOWrapper(io.BytesIO(b"\xff\xfe ok"), encoding="utf-8", errors="replace")
print(bad.read())
strict = io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="utf-8")
try:
    strict.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
br = io.BufferedReader(io.BytesIO(b"0123456789"), buffer_size=4)
print(br.peek(2)[:2], br.read(3), br.read(), br.readable(), br.seekable())
rw = io.BufferedRWPair(io.BytesIO(b"in"), io.BytesIO())
print(rw.read(), rw.writable())
print(io.DEFAULT_BUFFER_SIZE, issubclass(io.StringIO, io.TextIOBase), isinstance(b, io.IOBase), io.SEEK_SET)
for line in io.StringIO("x\ny\n"):
    print(repr(line), end=" ")
print()
with io.StringIO() as tmp:
    print("inside with", file=tmp)
    print(repr(tmp.getvalue()))
print(tmp.closed)
try:
    io.StringIO().write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    io.BytesIO().write("str")
except TypeError as e:
    print("TypeError:", e)
print(sys.stderr.write("") == 0, sys.stdout.isatty(), sys.stdout.fileno() == 1 if hasattr(sys.stdout, "fileno") else "")
