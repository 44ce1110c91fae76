"""Organise a downloads folder by extension: pathlib, shutil.move, collections, fnmatch, os.stat, json manifest."""
import collections
import fnmatch
import json
import os
import shutil
import tempfile
from pathlib import Path

CATEGORIES = {"images": ["*.png", "*.jpg", "*.gif"], "docs": ["*.pdf", "*.txt", "*.md"], "archives": ["*.zip", "*.tar.gz"]}

def category(name):
    for cat, patterns in CATEGORIES.items():
        if any(fnmatch.fnmatch(name.lower(), p) for p in patterns):
            return cat
    return "other"

with tempfile.TemporaryDirectory() as tmp:
    downloads = Path(tmp) / "Downloads"
    downloads.mkdir()
    for i, name in enumerate(["photo.PNG", "report.pdf", "notes.txt", "backup.tar.gz", "song.mp3", "scan.jpg",
                              "README.md", "data.zip", "photo (1).PNG", ".DS_Store"]):
        (downloads / name).write_bytes(b"x" * (i + 1) * 10)
    moved = collections.defaultdict(list)
    for f in sorted(downloads.iterdir()):
        if f.name.startswith(".") or not f.is_file():
            continue
        target_dir = downloads / category(f.name)
        target_dir.mkdir(exist_ok=True)
        target = target_dir / f.name
        n = 1
        while target.exists():
            target = target_dir / f"{f.stem}-{n}{f.suffix}"
            n += 1
        shutil.move(str(f), target)
        moved[target_dir.name].append(target.name)
    for cat in sorted(moved):
        print(cat, sorted(moved[cat]))
    sizes = {d.name: sum(p.stat().st_size for p in d.iterdir()) for d in sorted(downloads.iterdir()) if d.is_dir()}
    print(sizes, sorted(p.name for p in downloads.iterdir() if p.is_file()))
    manifest = {cat: sorted(names) for cat, names in moved.items()}
    (downloads / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True))
    print((downloads / "manifest.json").read_text().count("\n"), json.loads((downloads / "manifest.json").read_text()) == manifest)
    tree = []
    for root, dirs, files in os.walk(downloads):
        dirs.sort()
        depth = len(Path(root).relative_to(downloads).parts)
        tree.append("  " * depth + (Path(root).name + "/"))
        tree.extend("  " * (depth + 1) + f for f in sorted(files))
    print("\n".join(tree))
    big = sorted((p for p in downloads.rglob("*") if p.is_file() and p.stat().st_size >= 50), key=lambda p: -p.stat().st_size)
    print([(p.relative_to(downloads).as_posix(), p.stat().st_size) for p in big])
    shutil.rmtree(downloads / "other")
    print(sorted(p.name for p in downloads.iterdir()), [p.suffixes for p in (downloads / "archives").iterdir()])
