import io
import os
import tempfile

tmpdir = tempfile.gettempdir()
print(os.path.isdir(tmpdir), isinstance(tempfile.gettempprefix(), str), tempfile.gettempdirb() == os.fsencode(tmpdir))

with tempfile.NamedTemporaryFile("w+", suffix=".txt", prefix="stdprogs_", delete=True) as f:
    name = f.name
    f.write("hello\nworld\n")
    f.flush()
    f.seek(0)
    print(f.read().split(), os.path.basename(name).startswith("stdprogs_"), name.endswith(".txt"), os.path.exists(name))
print(os.path.exists(name))

f = tempfile.NamedTemporaryFile(delete=False)
f.write(b"kept")
f.close()
with open(f.name, "rb") as g:
    print(g.read())
os.unlink(f.name)

with tempfile.NamedTemporaryFile(mode="w", delete=True, delete_on_close=False) as f:
    f.write("closed but kept")
    f.close()
    with open(f.name) as g:
        print(g.read())
print(os.path.exists(f.name))

fd, path = tempfile.mkstemp(suffix=".dat", text=False)
os.write(fd, b"mkstemp data")
os.close(fd)
print(open(path, "rb").read(), oct(os.stat(path).st_mode & 0o777))
os.remove(path)
d = tempfile.mkdtemp(prefix="mk_")
print(os.path.basename(d).startswith("mk_"), oct(os.stat(d).st_mode & 0o777), os.listdir(d))
os.rmdir(d)

with tempfile.TemporaryFile() as t:
    t.write(b"anonymous")
    t.seek(0)
    print(t.read(), t.mode if hasattr(t, "mode") else "")

s = tempfile.SpooledTemporaryFile(max_size=10, mode="w+")
s.write("short")
print(s._rolled, isinstance(s._file, io.StringIO))
s.write(" and now long enough to roll over")
print(s._rolled)
s.seek(0)
print(s.read())
s.close()
sb = tempfile.SpooledTemporaryFile(max_size=100)
sb.write(b"bytes spool")
sb.seek(0)
print(sb.read(), sb.tell(), sb.closed)
sb.rollover()
print(sb._rolled)
sb.close()

with tempfile.TemporaryDirectory(suffix="_sfx") as td:
    p = os.path.join(td, "inner.txt")
    with open(p, "w") as fh:
        fh.write("x")
    os.makedirs(os.path.join(td, "sub", "deeper"))
    print(td.endswith("_sfx"), sorted(os.listdir(td)))
print(os.path.exists(td))
td = tempfile.TemporaryDirectory()
path = td.name
td.cleanup()
print(os.path.exists(path))
with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as td:
    pass
names = [os.path.basename(tempfile.mktemp(prefix="x", dir="/nonexistent")) for _ in range(3)]
print(len(set(names)), all(n.startswith("x") for n in names))
try:
    tempfile.mkstemp(dir="/nonexistent-dir-xyz")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
