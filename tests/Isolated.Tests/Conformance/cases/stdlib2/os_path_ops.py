import os
import os.path as op
import stat
import tempfile

print(op.join("a", "b", "c.txt"), op.join("/root", "/abs", "x"), op.join("a", ""), op.join("", "b"))
print(op.split("/usr/lib/python3.12/os.py"), op.split("file"), op.split("/"), op.split("dir/"))
print(op.splitext("archive.tar.gz"), op.splitext(".bashrc"), op.splitext("a.b/c"), op.splitext("x."))
print(op.basename("/a/b/"), op.dirname("/a/b/"), op.basename("c.py"), op.dirname("c.py"))
print(op.normpath("/a//b/./c/../d/"), op.normpath("../x/../../y"), op.normpath(""), op.normpath("a/./"))
print(op.isabs("/x"), op.isabs("x"), op.commonpath(["/usr/lib", "/usr/local/lib"]), op.commonprefix(["interstate", "internet"]))
print(op.relpath("/a/b/c", "/a/d"), op.relpath("/a", "/a"), op.expanduser("~nonexistentuserxyz/x"), op.splitdrive("/x/y"))
os.environ["STDPROGS_VAR"] = "expanded"
print(op.expandvars("$STDPROGS_VAR/${STDPROGS_VAR}/$UNDEFINED_STDPROGS"), os.environ["STDPROGS_VAR"], os.getenv("NOPE_X", "dflt"))
del os.environ["STDPROGS_VAR"]
print("STDPROGS_VAR" in os.environ, os.environ.get("STDPROGS_VAR"))
try:
    op.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError:", e)
print(os.sep, os.pathsep, os.linesep == "\n", os.curdir, os.pardir, os.extsep, os.name, os.devnull)
print(os.fspath("p"), os.fsencode("é"), os.fsdecode(b"x"))

with tempfile.TemporaryDirectory() as tmp:
    d = op.join(tmp, "a", "b")
    os.makedirs(d)
    os.makedirs(d, exist_ok=True)
    try:
        os.makedirs(d)
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    f = op.join(d, "f.txt")
    with open(f, "w") as fh:
        fh.write("12345")
    print(op.exists(f), op.isfile(f), op.isdir(d), op.getsize(f), op.islink(f), op.lexists(f))
    os.symlink(f, op.join(tmp, "link"))
    print(op.islink(op.join(tmp, "link")), os.readlink(op.join(tmp, "link")) == f, op.realpath(op.join(tmp, "link")) == op.realpath(f))
    st = os.stat(f)
    print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(d).st_mode), st.st_size, stat.filemode(st.st_mode)[0])
    os.chmod(f, 0o640)
    print(oct(stat.S_IMODE(os.stat(f).st_mode)), os.access(f, os.R_OK), os.access(op.join(tmp, "zz"), os.F_OK))
    os.utime(f, (1_000_000_000, 1_000_000_000))
    print(os.stat(f).st_mtime, int(op.getmtime(f)))
    os.utime(f, ns=(1, 2_500_000_000))
    print(os.stat(f).st_mtime_ns, os.stat(f).st_atime_ns)
    fd = os.open(op.join(tmp, "raw.bin"), os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o644)
    print(os.write(fd, b"raw bytes"), os.lseek(fd, 0, os.SEEK_CUR))
    os.close(fd)
    fd = os.open(op.join(tmp, "raw.bin"), os.O_RDONLY)
    print(os.read(fd, 3), os.read(fd, 100), os.read(fd, 10), os.fstat(fd).st_size)
    os.close(fd)
    os.truncate(op.join(tmp, "raw.bin"), 3)
    print(op.getsize(op.join(tmp, "raw.bin")))
    os.link(op.join(tmp, "raw.bin"), op.join(tmp, "hard.bin"))
    print(os.stat(op.join(tmp, "hard.bin")).st_nlink, os.path.samefile(op.join(tmp, "raw.bin"), op.join(tmp, "hard.bin")))
    walked = []
    for root, dirs, files in os.walk(tmp):
        dirs.sort()
        walked.append((op.relpath(root, tmp), sorted(dirs), sorted(files)))
    print(walked)
    print(sorted((e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in os.scandir(tmp)))
    with os.scandir(d) as it:
        print([(e.name, e.stat().st_size) for e in it])
    os.rename(f, op.join(d, "g.txt"))
    os.replace(op.join(d, "g.txt"), op.join(tmp, "g.txt"))
    os.remove(op.join(tmp, "g.txt"))
    os.removedirs(d)
    print(sorted(os.listdir(tmp)))
    try:
        os.rmdir(op.join(tmp, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.strerror, op.basename(e.filename))
    try:
        os.listdir(op.join(tmp, "raw.bin"))
    except NotADirectoryError as e:
        print("NotADirectoryError", e.errno)
    print(os.statvfs(tmp).f_bsize > 0, os.path.ismount("/"))
print(os.getpid() > 0, isinstance(os.cpu_count(), int), type(os.urandom(4)).__name__, len(os.urandom(4)), os.get_terminal_size.__name__)
print(os.strerror(2), os.umask(0o22) >= 0, isinstance(os.getuid(), int), os.uname().sysname)
