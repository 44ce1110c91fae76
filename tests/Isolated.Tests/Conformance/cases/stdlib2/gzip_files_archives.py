"""Compressed files on disk: gzip text/binary modes, appending members, tarfile and zipfile round trips."""
import gzip
import io
import os
import tarfile
import tempfile
import zipfile

with tempfile.TemporaryDirectory() as tmp:
    gz = os.path.join(tmp, "log.txt.gz")
    with gzip.open(gz, "wt", encoding="utf-8") as f:
        for i in range(100):
            f.write(f"line {i}: {'x' * (i % 7)}\n")
    with gzip.open(gz, "rt", encoding="utf-8") as f:
        lines = f.readlines()
    print(len(lines), lines[0], lines[-1], end="")
    with gzip.open(gz, "ab") as f:
        f.write(b"appended member\n")
    with gzip.open(gz, "rb") as f:
        data = f.read()
    print(data.count(b"\n"), data[-16:])
    with gzip.open(gz, "rb") as f:
        f.seek(7)
        print(f.read(6), f.tell(), f.peek(1)[:1])
    raw = open(gz, "rb").read()
    print(raw[:3].hex(), len(raw) < len(data))
    try:
        with gzip.open(os.path.join(tmp, "plain.gz"), "wb") as f:
            f.write(b"x")
        with open(os.path.join(tmp, "plain.gz"), "r+b") as f:
            f.seek(-1, 2)
            f.write(b"\x00")
        gzip.open(os.path.join(tmp, "plain.gz")).read()
    except (gzip.BadGzipFile, EOFError, OSError) as e:
        print("corrupt:", type(e).__name__)

    tpath = os.path.join(tmp, "bundle.tar.gz")
    with tarfile.open(tpath, "w:gz") as tar:
        info = tarfile.TarInfo("hello.txt")
        payload = b"hello from tar\n"
        info.size = len(payload)
        info.mtime = 0
        tar.addfile(info, io.BytesIO(payload))
        d = tarfile.TarInfo("dir")
        d.type = tarfile.DIRTYPE
        d.mtime = 0
        tar.addfile(d)
        tar.add(gz, arcname="dir/log.txt.gz")
    with tarfile.open(tpath) as tar:
        print([(m.name, m.isdir(), m.isfile()) for m in tar.getmembers()])
        print(tar.extractfile("hello.txt").read())
        out = os.path.join(tmp, "out")
        tar.extractall(out, filter="data")
    print(sorted(os.path.relpath(os.path.join(r, f), out) for r, _, fs in os.walk(out) for f in fs))
    print(tarfile.is_tarfile(tpath), tarfile.is_tarfile(gz))

    zpath = os.path.join(tmp, "bundle.zip")
    with zipfile.ZipFile(zpath, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.txt", "alpha " * 50)
        z.writestr(zipfile.ZipInfo("b/b.txt", date_time=(2024, 1, 2, 3, 4, 6)), b"beta")
        z.write(gz, arcname="logs/log.gz", compress_type=zipfile.ZIP_STORED)
    with zipfile.ZipFile(zpath) as z:
        for info in z.infolist():
            print(info.filename, info.file_size, info.compress_type, info.date_time if info.filename == "b/b.txt" else "")
        print(z.read("a.txt")[:12], z.testzip(), z.namelist())
        with z.open("b/b.txt") as f:
            print(f.read())
    print(zipfile.is_zipfile(zpath), zipfile.is_zipfile(gz))
    try:
        zipfile.ZipFile(zpath).read("missing")
    except KeyError as e:
        print("KeyError:", e)
    zp = zipfile.Path(zpath)
    print(sorted(p.name for p in zp.iterdir()), (zp / "b" / "b.txt").read_text())
