import _io as io, iotemp
p = iotemp.path("r.txt")
def show(x):
    print(iotemp.hide(repr(x), p))
with open(p, "w") as f:
    show(f)
    show(f.buffer)
    show(f.buffer.raw)
    print(f.name == p, f.buffer.name == p, f.buffer.mode)
with open(p, "rb") as f:
    show(f)
with open(p, "r+b") as f:
    print(type(f).__name__)
    show(f)
with open(p, "a", encoding="latin-1") as f:
    show(f)
show(f.buffer.raw)
raw = io.FileIO(p)
with open(raw.fileno()) as f:
    print(repr(f).replace("name=%d " % raw.fileno(), "name=FD "), f.name == raw.fileno())
print(raw.closed)
print(type(io.BytesIO()).__module__, io.TextIOWrapper.__module__, io.StringIO.__name__)
iotemp.cleanup()
