# pathlib and tempfile: building a small tree, globbing, reading/writing text and bytes, stat, rename, cleanup.
import pathlib
import tempfile
import os
import shutil

with tempfile.TemporaryDirectory() as tmp:
    root = pathlib.Path(tmp)
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "docs").mkdir()
    files = {"src/main.py": "print('hi')\n", "src/pkg/__init__.py": "", "src/pkg/util.py": "def f():\n    return 1\n",
             "docs/readme.md": "# Title\n\nText.\n", "docs/notes.txt": "a\nb\nc\n", "setup.cfg": "[metadata]\nname = x\n"}
    for rel, text in files.items():
        (root / rel).write_text(text, encoding="utf-8")
    print(sorted(p.relative_to(root).as_posix() for p in root.rglob("*.py")))
    print(sorted(p.name for p in root.glob("*/*")), sorted(p.name for p in (root / "docs").iterdir()))
    print(sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_dir()))
    readme = root / "docs" / "readme.md"
    print(readme.name, readme.stem, readme.suffix, readme.parent.name, readme.exists(), readme.is_file(), readme.stat().st_size)
    print(readme.read_text(encoding="utf-8").splitlines(), readme.with_suffix(".rst").name, readme.with_name("x.txt").name)
    data = root / "blob.bin"
    data.write_bytes(bytes(range(10)))
    print(data.read_bytes()[3:6], data.stat().st_size)
    with (root / "docs" / "notes.txt").open("a", encoding="utf-8") as f:
        f.write("d\n")
    print((root / "docs" / "notes.txt").read_text().split())
    moved = (root / "setup.cfg").rename(root / "config.ini")
    print(moved.name, (root / "setup.cfg").exists(), moved.exists())
    shutil.copy(moved, root / "copy.ini")
    shutil.copytree(root / "src", root / "src2")
    print(sorted(p.relative_to(root / "src2").as_posix() for p in (root / "src2").rglob("*")))
    shutil.rmtree(root / "src2")
    (root / "copy.ini").unlink()
    print(sorted(p.name for p in root.iterdir()))
    total = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    print("total bytes", total)
    with tempfile.NamedTemporaryFile("w+", dir=tmp, suffix=".log", delete=False) as nt:
        nt.write("log line\n")
        name = nt.name
    print(pathlib.Path(name).suffix, pathlib.Path(name).read_text(), os.path.dirname(name) == tmp)
    with tempfile.TemporaryFile() as tf:
        tf.write(b"temp bytes")
        tf.seek(0)
        print(tf.read())
    try:
        (root / "nope.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror)
    try:
        (root / "docs").mkdir()
    except FileExistsError as e:
        print("FileExistsError", e.strerror)
print(os.path.exists(tmp))
p = pathlib.PurePosixPath("/usr/local/lib/python3.12/site.py")
print(p.parts, p.parents[1], p.suffixes, p.anchor, p.is_absolute(), p.relative_to("/usr"), p.match("*.py"))
print(pathlib.PurePosixPath("a/b/../c").as_posix(), pathlib.PurePosixPath("a") / "b" / "c.tar.gz", pathlib.PurePosixPath("x.tar.gz").suffixes)
print(pathlib.PureWindowsPath(r"C:\Users\ann\file.txt").parts, pathlib.PureWindowsPath("c:/a/b").as_posix())
