import _io as io, iotemp
p = iotemp.path("s.txt")
with open(p, "w") as f:
    f.write("alpha\nbeta\ngamma\n")
    print(f.tell())
with open(p) as f:
    print(f.readline(), end="")
    pos = f.tell()
    print(pos)
    print(f.readline(), end="")
    f.seek(pos)
    print(f.readline(), end="")
    f.seek(0)
    print(repr(f.read(3)))
    print(f.seek(0, 2))
    print(repr(f.read()))
    iotemp.attempt(f.seek, 1, 1)
    iotemp.attempt(f.seek, -1, 2)
with open(p, "rb") as f:
    print(f.seek(6), f.read(4), f.tell())
    print(f.seek(-5, 2), f.read())
    print(f.seek(-3, 1), f.read())
with open(p, "r+") as f:
    f.seek(6)
    f.write("BETA")
    f.seek(0)
    print(repr(f.read()))
with open(p, "r+b") as f:
    print(f.read(5))
    f.write(b"!")
    f.seek(0)
    print(f.read())
    print(f.truncate(3), f.tell())
with open(p, "rb") as f:
    print(f.read())
iotemp.cleanup()
