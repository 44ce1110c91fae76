"""Find duplicate files by content hash under a temporary tree (pathlib, hashlib, collections, shutil)."""
import hashlib
import os
import shutil
import tempfile
import zlib
from collections import defaultdict
from pathlib import Path

def sha1_of(path, chunk=4):
    h = hashlib.sha1()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(chunk), b""):
            h.update(block)
    return h.hexdigest()

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    files = {
        "docs/a.txt": b"same content\n",
        "docs/b.txt": b"same content\n",
        "docs/c.txt": b"different\n",
        "img/x.bin": bytes(range(256)),
        "img/copy/x.bin": bytes(range(256)),
        "empty1": b"",
        "empty2": b"",
    }
    for rel, data in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)

    by_size = defaultdict(list)
    for p in sorted(root.rglob("*")):
        if p.is_file():
            by_size[p.stat().st_size].append(p)
    groups = defaultdict(list)
    for size, paths in by_size.items():
        if len(paths) < 2:
            continue
        for p in paths:
            groups[(size, sha1_of(p))].append(p.relative_to(root).as_posix())
    for (size, digest), names in sorted(groups.items()):
        print(f"{size:4} {digest[:12]} {names}")
    saved = sum(size * (len(n) - 1) for (size, _), n in groups.items())
    print("bytes reclaimable:", saved)
    for (size, digest), names in groups.items():
        keep, *dups = names
        for d in dups:
            (root / d).unlink()
            os.symlink(root / keep, root / d)
    print(sorted((p.relative_to(root).as_posix(), p.is_symlink()) for p in root.rglob("*") if p.is_file()))
    print({p.name: format(zlib.crc32(p.read_bytes()), "08x") for p in sorted((root / "docs").iterdir())})
    archive = shutil.make_archive(str(root / "backup"), "zip", root_dir=root, base_dir="docs")
    print(Path(archive).name, Path(archive).stat().st_size > 0)
    total = sum(f.stat().st_size for f in root.rglob("*") if f.is_file() and not f.is_symlink() and f.suffix != ".zip")
    print("total bytes:", total)
