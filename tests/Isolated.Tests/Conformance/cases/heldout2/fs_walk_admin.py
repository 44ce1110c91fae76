# File-system housekeeping: os.walk with pruning, scandir, stat, chmod, symlinks, atomic replace, glob.
import glob
import hashlib
import os
import shutil
import stat
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as root:
    R = Path(root)
    for rel, content in {"src/main.py": "print(1)\n", "src/util.py": "x = 2\n", "src/__pycache__/main.cpython-312.pyc": "junk",
                         "docs/index.md": "# Docs\n", "docs/img/logo.png": "PNG", ".git/HEAD": "ref", "build/out.o": "obj",
                         "README.md": "# Project\n", "src/dup.py": "print(1)\n"}.items():
        p = R / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(content)

    skip = {".git", "__pycache__", "build"}
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in skip)
        for f in sorted(filenames):
            found.append(os.path.relpath(os.path.join(dirpath, f), root))
    print(found)
    bottom_up = [os.path.relpath(dp, root) for dp, _, _ in os.walk(root, topdown=False)]
    print(bottom_up.index(".") == len(bottom_up) - 1, sorted(bottom_up)[:3])

    with os.scandir(R / "src") as it:
        entries = sorted((e.name, e.is_dir(), e.is_file()) for e in it)
    print(entries)

    by_hash = {}
    for p in sorted(R.rglob("*.py")):
        by_hash.setdefault(hashlib.md5(p.read_bytes()).hexdigest(), []).append(p.relative_to(R).as_posix())
    print("duplicates:", [v for v in by_hash.values() if len(v) > 1])

    script = R / "run.sh"
    script.write_text("#!/bin/sh\necho hi\n")
    script.chmod(0o750)
    mode = script.stat().st_mode
    print(stat.filemode(mode), oct(stat.S_IMODE(mode)), os.access(script, os.X_OK), bool(mode & stat.S_IXGRP), bool(mode & stat.S_IXOTH))
    os.utime(script, (1_000_000_000, 1_000_000_000))
    print(int(script.stat().st_mtime), script.stat().st_size)

    link = R / "latest"
    link.symlink_to(R / "docs")
    print(link.is_symlink(), link.is_dir(), os.readlink(link) == str(R / "docs"), sorted(p.name for p in link.iterdir()))
    print(link.resolve() == (R / "docs").resolve(), os.path.islink(link), os.path.realpath(link) == os.path.realpath(R / "docs"))

    cfg = R / "config.json"
    cfg.write_text('{"v": 1}')
    tmp = R / "config.json.tmp"
    tmp.write_text('{"v": 2}')
    os.replace(tmp, cfg)
    print(cfg.read_text(), tmp.exists())

    print(sorted(os.path.relpath(p, root) for p in glob.glob(os.path.join(root, "**", "*.md"), recursive=True)))
    print(sorted(p.name for p in R.glob("src/*.py")), sorted(glob.glob("*.md", root_dir=root)), glob.escape("a[1]*.txt"))
    shutil.rmtree(R / "build")
    shutil.copy2(R / "README.md", R / "docs" / "README.copy.md")
    print(sorted(os.listdir(R)), (R / "docs" / "README.copy.md").read_text().strip())
    total = sum(p.stat().st_size for p in R.rglob("*") if p.is_file() and not p.is_symlink())
    print("total bytes:", total)
    try:
        os.rmdir(R / "src")
    except OSError as e:
        print(type(e).__name__, e.errno == 39 or e.errno, e.strerror)
    try:
        (R / "nope" / "x").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.strerror, Path(e.filename).name)
print("cleaned:", not os.path.exists(root))
