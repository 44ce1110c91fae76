import iotemp
p = iotemp.path("a.txt")
with open(p, "w") as f:
    print(f.writable(), f.readable(), f.mode)
    n = f.write("hello\n")
    f.write("wörld\n")
    f.writelines(["x\n", "y\n"])
print(n, f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(p) as f:
    for line in f:
        print(repr(line))
with open(p, "rb") as f:
    print(f.read())
iotemp.cleanup()
