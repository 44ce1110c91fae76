import iotemp
p = iotemp.path("b.bin")
with open(p, "wb") as f:
    print(type(f).__name__, f.mode)
    print(f.write(bytes(range(10))))
    print(f.write(bytearray(b"abc")))
    print(f.tell())
with open(p, "rb") as f:
    print(type(f).__name__, type(f.raw).__name__)
    print(f.read(3), f.tell())
    print(f.peek(2)[:2])
    print(f.read1(2))
    print(f.read())
    print(f.read())
    f.seek(0)
    b = bytearray(4)
    print(f.readinto(b), b)
    f.seek(-3, 2)
    print(f.read())
with open(p, "ab") as f:
    f.write(b"\nend\n")
with open(p, "rb") as f:
    print(f.readlines())
with open(p, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(4), f.readall()[-4:])
iotemp.cleanup()
