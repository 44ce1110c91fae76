import argparse
import io
import os
import sys
from contextlib import redirect_stdout, redirect_stderr

os.environ["COLUMNS"] = "80"

def build():
    p = argparse.ArgumentParser(prog="tool", description="A tool that does things.",
                                epilog="See the docs for more.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--version", action="version", version="%(prog)s 1.2.3")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true", help="JSON output")
    g.add_argument("--csv", action="store_true", help="CSV output")
    sub = p.add_subparsers(dest="command", required=True, help="sub-command help")
    a = sub.add_parser("add", help="add numbers")
    a.add_argument("numbers", nargs="+", type=int, metavar="N")
    a.add_argument("--scale", type=float, default=1.0)
    a.set_defaults(func=lambda ns: sum(ns.numbers) * ns.scale)
    r = sub.add_parser("repeat", aliases=["rep"], help="repeat a word")
    r.add_argument("word")
    r.add_argument("-n", "--times", type=int, default=2, choices=range(1, 5))
    r.add_argument("--sep", default=" ")
    r.set_defaults(func=lambda ns: ns.sep.join([ns.word] * ns.times))
    return p

def run(argv):
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with redirect_stdout(out), redirect_stderr(err):
        try:
            ns = build().parse_args(argv)
            print("result:", ns.func(ns), "verbose:", ns.verbose, "json:", ns.json, "cmd:", ns.command)
        except SystemExit as e:
            code = e.code
    print(f"$ tool {' '.join(argv)}  [exit {code}]")
    for line in (out.getvalue() + err.getvalue()).splitlines():
        print("  |" + line)

run(["add", "1", "2", "3"])
run(["-vv", "--json", "add", "4", "--scale", "0.5", "5"])
run(["rep", "hi", "-n", "3", "--sep=-"])
run(["repeat", "x", "--times", "9"])
run(["--json", "--csv", "add", "1"])
run(["add"])
run(["add", "one"])
run([])
run(["bogus"])
run(["--version"])
run(["--help"])
run(["add", "--help"])
run(["repeat", "w", "--unknown"])

p = argparse.ArgumentParser(prog="x", exit_on_error=False)
p.add_argument("--n", type=int)
try:
    p.parse_args(["--n", "z"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
ns, rest = p.parse_known_args(["--n", "3", "--other", "pos"])
print(ns, rest)
print(vars(p.parse_args([])))
