import _io as io, iotemp
p = iotemp.path("r.bin")
f = io.FileIO(p, "w")
print(f.mode, f.readable(), f.writable(), f.seekable(), f.closefd, f.name == p)
print(f.write(b"hello world"))
try:
    f.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
f.close()
print(f.closed, repr(f))
f = io.FileIO(p)
print(f.mode, f.read(5), f.tell())
b = bytearray(3)
print(f.readinto(b), b)
print(f.readall())
print(f.read(), f.seek(0), f.read(2))
try:
    f.write(b"x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
fd = f.fileno()
g = io.FileIO(fd, closefd=False)
g.seek(0)
print(g.read(4), g.name == fd, g.mode)
g.close()
print(f.closed)
f.close()
f = io.FileIO(p, "a+")
print(f.mode, f.tell())
f.write(b"!")
f.seek(0)
print(f.read())
f.close()
f = io.FileIO(p, "r+")
f.truncate(5)
f.seek(0)
print(f.read())
f.close()
for args in [(p, "rw"), (p, "z"), (p, "x"), (-1,), (p, "r", False)]:
    try:
        io.FileIO(*args)
    except Exception as e:
        print(type(e).__name__, iotemp.hide(e, p))
opened = []
def opener(path, flags):
    opened.append(path == p)
    return _raw.fileno()
_raw = io.FileIO(p, "w")
h = io.FileIO(p, "w", opener=opener)
print(h.write(b"via opener"), opened)
h.close()
print(_raw.closed)
with open(p, "rb") as h:
    print(h.read())
iotemp.cleanup()
