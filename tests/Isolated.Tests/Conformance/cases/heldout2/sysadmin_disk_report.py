# A sysadmin-style script: argparse, pathlib, tempfile, shutil, json/csv reports, logging.
import argparse
import csv
import io
import json
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

log = logging.getLogger("diskreport")


def build_tree(root: Path):
    layout = {
        "etc/app.conf": "port=8080\nhost=localhost\n",
        "var/log/app.log": "line\n" * 40,
        "var/log/app.log.1": "old\n" * 200,
        "var/cache/blob.bin": "x" * 1500,
        "home/user/notes.txt": "remember the milk\n",
        "home/user/.hidden": "secret",
    }
    for rel, text in layout.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)


def scan(root: Path, include_hidden: bool):
    rows = []
    for p in sorted(root.rglob("*")):
        if p.is_file():
            if not include_hidden and any(part.startswith(".") for part in p.relative_to(root).parts):
                log.debug("skipping hidden %s", p.name)
                continue
            rows.append({"path": p.relative_to(root).as_posix(), "size": p.stat().st_size, "suffix": p.suffix or "-"})
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(prog="diskreport", description="Summarise a directory tree.")
    parser.add_argument("--format", choices=["json", "csv", "text"], default="text")
    parser.add_argument("--min-size", type=int, default=0, metavar="BYTES")
    parser.add_argument("-a", "--all", action="store_true", help="include hidden files")
    parser.add_argument("-v", "--verbose", action="count", default=0)
    args = parser.parse_args(argv)

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
    log.handlers[:] = [handler]
    log.setLevel(logging.DEBUG if args.verbose > 1 else logging.INFO if args.verbose else logging.WARNING)

    with tempfile.TemporaryDirectory(prefix="diskreport-") as tmp:
        root = Path(tmp)
        build_tree(root)
        rows = [r for r in scan(root, args.all) if r["size"] >= args.min_size]
        log.info("scanned %d files", len(rows))
        backup = root / "backup"
        shutil.copytree(root / "etc", backup / "etc")
        shutil.move(str(root / "var/log/app.log.1"), str(backup / "app.log.1"))
        log.warning("rotated log moved to %s", (backup / "app.log.1").relative_to(root))
        after = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
        usage = shutil.disk_usage(tmp)
        ok = usage.total > 0 and usage.free <= usage.total

    if args.format == "json":
        print(json.dumps({"files": rows, "total": sum(r["size"] for r in rows)}, indent=2, sort_keys=True))
    elif args.format == "csv":
        out = io.StringIO()
        w = csv.DictWriter(out, fieldnames=["path", "size", "suffix"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        print(out.getvalue(), end="")
    else:
        width = max(len(r["path"]) for r in rows)
        for r in rows:
            print(f"{r['path']:<{width}}  {r['size']:>6}")
    print("after:", after)
    print("disk usage sane:", ok, "| tmp removed:", not os.path.exists(tmp))
    print("--- log ---")
    print(stream.getvalue(), end="")
    return 0


for argv in (["--format", "json", "--min-size", "100"], ["--format", "csv", "-a", "-vv"], ["-v"]):
    print("$ diskreport", " ".join(argv))
    main(argv)

try:
    main(["--format", "xml"])
except SystemExit as e:
    print("exit code", e.code)
sys.stderr = io.StringIO()
try:
    main(["--min-size", "lots"])
except SystemExit as e:
    print("exit code", e.code, "|", sys.stderr.getvalue().strip().splitlines()[-1])
finally:
    sys.stderr = sys.__stderr__
