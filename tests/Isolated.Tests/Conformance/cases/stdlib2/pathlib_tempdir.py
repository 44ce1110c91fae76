import os
import tempfile
from pathlib import Path, PurePosixPath, PureWindowsPath

with tempfile.TemporaryDirectory(prefix="stdprogs") as tmp:
    root = Path(tmp)
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "src" / "pkg" / "__init__.py").write_text("")
    (root / "src" / "pkg" / "mod.py").write_text("x = 1\ny = 2\n")
    (root / "src" / "main.py").write_text("print('hi')\n", encoding="utf-8")
    (root / "data.bin").write_bytes(bytes(range(10)))
    (root / "notes.txt").write_text("line one\nline two\n")
    (root / "docs").mkdir()
    (root / "docs" / "a.md").touch()

    rel = lambda p: p.relative_to(root).as_posix()
    print(sorted(rel(p) for p in root.iterdir()))
    print(sorted(rel(p) for p in root.rglob("*.py")))
    print(sorted(rel(p) for p in root.glob("*/*")))
    print(sorted(rel(p) for p in root.glob("**/")))
    print((root / "notes.txt").read_text().splitlines())
    print((root / "data.bin").read_bytes()[:4], (root / "data.bin").stat().st_size)
    p = root / "src" / "pkg" / "mod.py"
    print(p.name, p.stem, p.suffix, p.parent.name, rel(p.with_suffix(".txt")), rel(p.with_name("other.py")))
    print(p.exists(), p.is_file(), p.is_dir(), p.parent.is_dir(), (root / "nope").exists())
    with p.open() as f:
        print([line.rstrip() for line in f])
    with p.open("a") as f:
        f.write("z = 3\n")
    print(len(p.read_text().splitlines()))
    target = root / "renamed.txt"
    (root / "notes.txt").rename(target)
    print(sorted(x.name for x in root.iterdir() if x.is_file()))
    target.replace(root / "final.txt")
    (root / "final.txt").unlink()
    (root / "docs" / "a.md").unlink()
    (root / "docs").rmdir()
    print(sorted(x.name for x in root.iterdir()))
    try:
        (root / "missing.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, Path(e.filename).name)
    try:
        (root / "src").mkdir()
    except FileExistsError as e:
        print("FileExistsError", e.strerror)
    (root / "src").mkdir(exist_ok=True)
    (root / "missing.txt").unlink(missing_ok=True)
    cwd = os.getcwd()
    os.chdir(root)
    print(Path("src/pkg").resolve() == (root / "src" / "pkg").resolve(), Path.cwd().name == root.name)
    print(sorted(str(x) for x in Path(".").glob("src/*.py")))
    os.chdir(cwd)
    print(oct(p.stat().st_mode & 0o777 & 0o600))
print(root.exists())

pp = PurePosixPath("/usr/local/lib/python3.12/site-packages/x.tar.gz")
print(pp.parts, pp.suffixes, pp.stem, pp.anchor, pp.root, pp.drive)
print(list(map(str, pp.parents))[:3], pp.is_absolute(), pp.relative_to("/usr/local"))
print(pp.match("*.gz"), pp.match("lib/*/*/x.tar.gz"), pp.is_relative_to("/usr"), pp.is_relative_to("/opt"))
print(PurePosixPath("a/b/../c/./d"), PurePosixPath("a") / "b" / "/c", PurePosixPath("a//b/"))
print(PurePosixPath("x.py").with_stem("y"), PurePosixPath("/").name == "", PurePosixPath("a/b").joinpath("c", "d"))
try:
    PurePosixPath("/a/b").relative_to("/c")
except ValueError as e:
    print("ValueError:", e)
try:
    PurePosixPath("a").with_suffix("txt")
except ValueError as e:
    print("ValueError:", e)
w = PureWindowsPath(r"C:\Users\Ann\file.TXT")
print(w.drive, w.root, w.parts, w.name, w.suffix, w.as_posix(), w == PureWindowsPath("c:/users/ann/FILE.txt"))
print(sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a")]))
print(Path("~").expanduser().is_absolute(), Path("a") == Path("a/"), hash(Path("a")) == hash(Path("a")))
