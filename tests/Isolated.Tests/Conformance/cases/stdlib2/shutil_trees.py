import os
import shutil
import tempfile
import zipfile
import tarfile
from pathlib import Path

def tree(base):
    out = []
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames.sort()
        rel = os.path.relpath(dirpath, base)
        for f in sorted(filenames):
            out.append(os.path.normpath(os.path.join(rel, f)))
    return out

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "src")
    os.makedirs(os.path.join(src, "sub", "deep"))
    for name, text in [("a.txt", "alpha"), ("b.log", "beta"), ("sub/c.txt", "gamma"), ("sub/deep/d.py", "print(1)")]:
        with open(os.path.join(src, name), "w") as f:
            f.write(text)
    print(tree(src))
    dst = os.path.join(tmp, "dst")
    shutil.copytree(src, dst)
    print(tree(dst))
    dst2 = os.path.join(tmp, "dst2")
    shutil.copytree(src, dst2, ignore=shutil.ignore_patterns("*.log", "deep"))
    print(tree(dst2))
    try:
        shutil.copytree(src, dst)
    except FileExistsError as e:
        print("FileExistsError", os.path.basename(e.filename))
    shutil.copytree(src, dst, dirs_exist_ok=True)
    shutil.copy(os.path.join(src, "a.txt"), os.path.join(tmp, "a_copy.txt"))
    shutil.copy2(os.path.join(src, "a.txt"), tmp)
    shutil.copyfile(os.path.join(src, "b.log"), os.path.join(tmp, "b2.log"))
    print(sorted(f for f in os.listdir(tmp) if os.path.isfile(os.path.join(tmp, f))))
    with open(os.path.join(tmp, "a_copy.txt")) as f:
        print(f.read())
    shutil.move(os.path.join(tmp, "b2.log"), os.path.join(tmp, "dst2"))
    print(tree(os.path.join(tmp, "dst2")))
    shutil.move(os.path.join(tmp, "dst2"), os.path.join(tmp, "moved"))
    print(os.path.exists(os.path.join(tmp, "dst2")), tree(os.path.join(tmp, "moved")))

    base = os.path.join(tmp, "archive")
    zpath = shutil.make_archive(base, "zip", root_dir=src)
    print(os.path.basename(zpath))
    with zipfile.ZipFile(zpath) as z:
        print(sorted(z.namelist()))
        print(z.read("sub/c.txt"))
    tpath = shutil.make_archive(base, "gztar", root_dir=tmp, base_dir="src")
    print(os.path.basename(tpath))
    with tarfile.open(tpath) as t:
        print(sorted(m.name for m in t.getmembers()))
    out = os.path.join(tmp, "unpacked")
    shutil.unpack_archive(zpath, out)
    print(tree(out))
    print([n for n in ("gztar", "tar", "zip") if n in dict(shutil.get_archive_formats())])
    shutil.rmtree(dst)
    print(os.path.exists(dst))
    try:
        shutil.rmtree(os.path.join(tmp, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    errors = []
    shutil.rmtree(os.path.join(tmp, "nope"), ignore_errors=True)
    usage = shutil.disk_usage(tmp)
    print(usage.total >= usage.used, usage._fields)
    print(shutil.which("sh") is not None, shutil.which("definitely-not-a-command-xyz"))
    print(os.path.basename(shutil.copytree(src, Path(tmp) / "as_path")))
    size = shutil.get_terminal_size((80, 24))
    print(type(size).__name__, size.columns > 0)
