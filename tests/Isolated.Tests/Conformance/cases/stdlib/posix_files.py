# posix through os: files, directories, stat, errors, environ, fds.
import os, stat
base = "/tmp/isolated-stdlib-case-%d" % os.getpid()
os.mkdir(base)
try:
    path = os.path.join(base, "f.txt")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(os.write(fd, b"hello world"))
    os.close(fd)
    st = os.stat(path)
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_IMODE(st.st_mode) == 0o644 & ~0o022 or True, type(st.st_mtime).__name__)
    print(st.st_mtime_ns // 1_000_000_000 == int(st.st_mtime), st[6], len(st))
    fd = os.open(path, os.O_RDONLY)
    print(os.read(fd, 5), os.lseek(fd, 6, os.SEEK_SET), os.read(fd, 100), os.read(fd, 10))
    print(os.fstat(fd).st_size)
    os.close(fd)
    os.mkdir(os.path.join(base, "sub"))
    print(sorted(os.listdir(base)), sorted(os.listdir(base.encode()))[0])
    with os.scandir(base) as it:
        entries = sorted((e.name, e.is_dir(), e.is_file()) for e in it)
    print(entries)
    os.rename(path, os.path.join(base, "g.txt"))
    print(os.path.exists(path), os.path.isfile(os.path.join(base, "g.txt")), os.path.isdir(os.path.join(base, "sub")))
    try:
        os.stat(path)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror, e.filename == path)
    try:
        os.rmdir(base)
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        os.mkdir(os.path.join(base, "sub"))
    except FileExistsError as e:
        print("FileExistsError", e.strerror)
    print(os.access(base, os.W_OK), os.access(os.path.join(base, "nope"), os.F_OK))
    r, w = os.pipe()
    os.write(w, b"through a pipe")
    os.close(w)
    print(os.read(r, 100))
    os.close(r)
    os.environ["ISOLATED_CASE_VAR"] = "value"
    print(os.environ["ISOLATED_CASE_VAR"], os.getenv("ISOLATED_CASE_VAR"), os.environb[b"ISOLATED_CASE_VAR"])
    del os.environ["ISOLATED_CASE_VAR"]
    print("ISOLATED_CASE_VAR" in os.environ)
    print(os.fspath(base) == base, isinstance(os.getpid(), int), os.cpu_count() > 0, len(os.urandom(8)))
    print(os.strerror(2), os.sep, os.name, os.curdir)
    try:
        os.fspath(1)
    except TypeError as e:
        print("TypeError:", e)
finally:
    for name in os.listdir(base):
        p = os.path.join(base, name)
        (os.rmdir if os.path.isdir(p) else os.unlink)(p)
    os.rmdir(base)
print(os.path.exists(base))
