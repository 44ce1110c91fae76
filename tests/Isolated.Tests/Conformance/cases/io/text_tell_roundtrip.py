import iotemp
p = iotemp.path("t.txt")
with open(p, "wb") as f:
    f.write("é1\r\nü2\r\nß3\nend".encode())
with open(p, encoding="utf-8") as f:
    marks = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        marks.append((pos, line))
    print(marks)
    for pos, line in reversed(marks):
        f.seek(pos)
        print(pos, repr(f.readline()) == repr(line))
with open(p, encoding="utf-8", newline="") as f:
    print([f.readline() for _ in range(4)], f.tell())
with open(p, "r+", encoding="utf-8") as f:
    f.readline()
    f.write("X")
    f.seek(0)
    print(repr(f.read()))
with open(p, "w", encoding="utf-16") as f:
    f.write("one\n")
    print(f.tell())
    f.write("two\n")
with open(p, encoding="utf-16") as f:
    print(f.readline(), f.tell(), f.read())
iotemp.cleanup()
