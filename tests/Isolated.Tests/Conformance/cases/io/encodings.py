import iotemp
p = iotemp.path("e.txt")
text = "héllo wörld €\nzweite Zeile\n"
for enc in ("utf-8", "latin-1", "utf-16", "utf-16-le", "utf-32", "utf-8-sig", "cp1252"):
    def write():
        with open(p, "w", encoding=enc) as f:
            print(enc, f.encoding)
            f.write(text)
        return True
    if not iotemp.attempt(write):
        continue
    with open(p, "rb") as f:
        raw = f.read()
    print(len(raw), raw[:6])
    with open(p, encoding=enc) as f:
        print(f.read() == text)
with open(p, "w", encoding="ascii", errors="replace") as f:
    f.write("naïve\n")
with open(p, "rb") as f:
    print(f.read())
with open(p, "wb") as f:
    f.write(b"ok \xff bad\n")
for errors in ("replace", "ignore", "surrogateescape", "backslashreplace"):
    with open(p, encoding="utf-8", errors=errors) as f:
        print(errors, ascii(f.read()))
def read_strict():
    with open(p, encoding="utf-8") as f:
        return f.read()
iotemp.attempt(read_strict)
try:
    open(p, encoding="bogus")
except LookupError as e:
    print("LookupError", e)
iotemp.cleanup()
