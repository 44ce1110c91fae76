import _io as io, iotemp
p = iotemp.path("h.txt")
with open(p, "w") as f:
    f.writelines("line %d\n" % i for i in range(10))
with open(p) as f:
    print(f.readlines(15))
    print(f.readline(3), f.readline())
    print(len(f.readlines()))
with open(p, "rb") as f:
    print(f.readlines(10))
print(io.BytesIO(b"a\nb\nc\n").readlines(2))
print(io.StringIO("a\nb\nc\n").readline(-1))
with open(p) as f:
    print(sum(1 for _ in f))
with open(p, "a") as f:
    f.write("tail\n")
with open(p) as f:
    print(f.read().splitlines()[-2:])
iotemp.cleanup()
