# argparse with explicit argument lists: subcommands, types, choices, defaults, errors, help.
import argparse
import io
import contextlib


def build():
    p = argparse.ArgumentParser(prog="tool", description="A demo tool.", epilog="Bye.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--name", default="world", help="who to greet (default: %(default)s)")
    p.add_argument("--size", type=int, choices=[1, 2, 3], default=1)
    p.add_argument("--tag", action="append", dest="tags", default=[])
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--no-color", action="store_false", dest="color")
    sub = p.add_subparsers(dest="cmd", required=False)
    add = sub.add_parser("add", help="add numbers")
    add.add_argument("nums", nargs="+", type=float)
    add.add_argument("--round", type=int, default=None)
    mv = sub.add_parser("move", help="move files")
    mv.add_argument("src")
    mv.add_argument("dst", nargs="?", default=".")
    group = mv.add_mutually_exclusive_group()
    group.add_argument("--force", action="store_true")
    group.add_argument("--ask", action="store_true")
    return p


def run(argv):
    p = build()
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            ns = p.parse_args(argv)
        print(argv, "->", sorted(vars(ns).items()))
        if ns.cmd == "add":
            total = sum(ns.nums)
            print("  sum:", round(total, ns.round) if ns.round is not None else total)
    except SystemExit as e:
        print(argv, "-> exit", e.code)
        for line in (out.getvalue() + err.getvalue()).splitlines():
            print("  |", line)


run([])
run(["-vv", "--name", "ann", "--tag", "x", "--tag=y", "--dry-run", "--no-color"])
run(["add", "1", "2.5", "3", "--round", "1"])
run(["--size", "3", "move", "a.txt"])
run(["move", "a", "b", "--force"])
run(["move", "a", "--force", "--ask"])
run(["--size", "5"])
run(["--size", "two"])
run(["add"])
run(["frob"])
run(["--unknown"])
run(["--help"])
run(["add", "-h"])
p = build()
ns, rest = p.parse_known_args(["--name", "z", "--extra", "move", "q"])
print(ns.name, ns.src, rest)
p2 = argparse.ArgumentParser(prog="calc", add_help=False)
p2.add_argument("x", type=int)
p2.add_argument("y", type=int, nargs="?", default=10)
p2.add_argument("--op", choices=["add", "mul"], default="add", metavar="OP")
print(p2.format_usage().strip())
print(p2.parse_args(["3"]), p2.parse_args(["3", "4", "--op", "mul"]))
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(b="x", a=1), "a" in ns)
