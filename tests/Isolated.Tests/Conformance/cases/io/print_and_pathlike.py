import iotemp
p = iotemp.path("p.txt")


class Where:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        return self.path


with open(Where(p), "x") as f:
    print("created", f.mode, f.buffer.raw.mode)
    print("a", 1, 2.5, sep=",", file=f)
    print("line two", file=f, end="!\n")
    f.buffer.write(memoryview(b"raw bytes\n"))
with open(Where(p)) as a, open(p, "rb") as b:
    print(a.read() == b.read().decode())
with open(p) as f:
    print(f.read())
with open(p.encode(), "rb") as f:
    print(f.readline())
with open(p, "a") as f:
    print(f.tell() > 0, f.writable(), f.readable())
    f.write("appended\n")
with open(p, "r", buffering=1) as f:
    print(f.line_buffering, f.readlines()[-1])
with open(p, "w", buffering=1) as f:
    print(f.line_buffering)
    f.write("partial")
    with open(p) as g:
        print(repr(g.read()))
    f.write(" line\n")
    with open(p) as g:
        print(repr(g.read()))
class Bad:
    def __fspath__(self):
        return 42
iotemp.attempt(open, Bad())
iotemp.cleanup()
