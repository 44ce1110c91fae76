# A CLI tool's argparse setup: subcommands, groups, help text printed, errors caught.
import argparse
import contextlib
import io
import sys

def build():
    p = argparse.ArgumentParser(prog="todo", description="Manage a todo list.",
                                epilog="Example: todo add 'buy milk' --due 2024-05-01",
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", default="todo.json", help="database file (default: %(default)s)")
    p.add_argument("--version", action="version", version="%(prog)s 1.4")
    g = p.add_mutually_exclusive_group()
    g.add_argument("-q", "--quiet", action="store_true")
    g.add_argument("-v", "--verbose", action="count", default=0)
    sub = p.add_subparsers(dest="cmd", required=True, metavar="COMMAND")
    a = sub.add_parser("add", help="add an item")
    a.add_argument("text", nargs="+")
    a.add_argument("--due", metavar="DATE")
    a.add_argument("--tag", action="append", default=[], dest="tags")
    a.add_argument("--priority", type=int, choices=range(1, 4), default=2)
    l = sub.add_parser("list", aliases=["ls"], help="list items")
    l.add_argument("--all", action=argparse.BooleanOptionalAction, default=False)
    l.add_argument("limit", nargs="?", type=int, default=10)
    d = sub.add_parser("done", help="mark items done")
    d.add_argument("ids", type=int, nargs="*")
    return p

p = build()
for argv in (["add", "buy", "milk", "--due", "2024-05-01", "--tag", "home", "--tag", "food"],
             ["-vv", "ls", "--no-all", "5"], ["--db", "x.json", "list", "--all"], ["done", "1", "2", "3"],
             ["-q", "done"]):
    ns = p.parse_args(argv)
    print(sorted(vars(ns).items()))
print(p.format_help())
print(p._subparsers._group_actions[0].choices["add"].format_usage(), end="")
for argv in (["-q", "-v", "ls"], ["add"], ["add", "x", "--priority", "7"], [], ["ls", "many"], ["--version"], ["frobnicate"]):
    err = io.StringIO()
    out = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            p.parse_args(argv)
        except SystemExit as e:
            code = e.code
    print(argv, "->", code, "|", (err.getvalue() or out.getvalue()).strip().splitlines()[-1])
ns, rest = p.parse_known_args(["ls", "--color", "3"])
print(ns.limit, rest)
print(argparse.Namespace(a=1) == argparse.Namespace(a=1), argparse.Namespace(a=1, b="x"))
