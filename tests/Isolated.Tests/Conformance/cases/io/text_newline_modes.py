import iotemp
p = iotemp.path("n.txt")
with open(p, "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour")
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(p, newline=nl) as f:
        lines = f.readlines()
        print(repr(nl), lines, f.newlines)
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.read()))
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(p, "w", newline=nl) as f:
        f.write("a\nb\r\nc\r")
    with open(p, "rb") as f:
        print(repr(nl), f.read())
try:
    open(p, newline="x")
except ValueError as e:
    print("ValueError", e)
iotemp.cleanup()
