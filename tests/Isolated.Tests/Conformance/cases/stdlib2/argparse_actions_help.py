import argparse
import io
import os
from contextlib import redirect_stdout, redirect_stderr

os.environ["COLUMNS"] = "100"

class KeyValue(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        d = getattr(namespace, self.dest) or {}
        for item in values:
            if "=" not in item:
                parser.error(f"{option_string}: expected KEY=VALUE, got {item!r}")
            k, v = item.split("=", 1)
            d[k] = v
        setattr(namespace, self.dest, d)

common = argparse.ArgumentParser(add_help=False)
common.add_argument("--config", metavar="PATH", help="config file (default: %(default)s)", default="app.ini")

p = argparse.ArgumentParser(prog="deploy", parents=[common], formatter_class=argparse.ArgumentDefaultsHelpFormatter,
                            description="Deploy things.\nSecond line is rewrapped.", epilog="Examples: deploy prod")
p.add_argument("target", choices=["dev", "staging", "prod"], help="where to deploy")
p.add_argument("services", nargs="*", default=["all"], help="services to deploy")
p.add_argument("-e", "--env", action=KeyValue, nargs="+", dest="env", metavar="KEY=VALUE", help="environment overrides")
p.add_argument("-t", "--tag", action="append", default=[], help="tags (repeatable)")
p.add_argument("--dry-run", action="store_true", help="only print")
p.add_argument("--level", type=int, default=1, choices=range(0, 4), help="verbosity level")
p.add_argument("--retries", nargs="?", const=3, default=0, type=int, help="retry count")
p.add_argument("--mode", action="store_const", const="fast", default="safe", help="fast mode")
p.add_argument("--coords", nargs=2, type=float, metavar=("LAT", "LON"))
grp = p.add_argument_group("output", "Output options")
grp.add_argument("--quiet", "-q", action="store_false", dest="verbose", help="less output")
grp.add_argument("--color", default="auto", help=argparse.SUPPRESS)

def run(argv):
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            ns = p.parse_args(argv)
            print(sorted(vars(ns).items()))
            code = 0
        except SystemExit as e:
            code = e.code
    print(f"--- {argv} exit={code}")
    print(out.getvalue() + err.getvalue(), end="")

run(["prod", "web", "db", "-e", "A=1", "B=x=y", "-t", "v1", "-t", "v2", "--retries", "--coords", "1.5", "-2"])
run(["dev", "--level", "3", "--retries", "7", "--mode", "-q", "--config=/etc/x.ini"])
run(["qa"])
run(["dev", "--level", "9"])
run(["dev", "-e", "novalue"])
run(["dev", "--coords", "1"])
run(["-h"])
p2 = argparse.ArgumentParser(prog="small", usage="%(prog)s [opts] file", add_help=True)
p2.add_argument("file", type=argparse.FileType("r"))
p2.add_argument("--count", type=int, required=True)
out, err = io.StringIO(), io.StringIO()
with redirect_stderr(err):
    try:
        p2.parse_args(["/nonexistent/file.txt", "--count", "1"])
    except SystemExit as e:
        print("exit", e.code)
print(err.getvalue(), end="")
print(p2.format_usage(), end="")
print(p2.format_help(), end="")
ns = argparse.Namespace(a=1)
print(ns, "a" in ns, ns == argparse.Namespace(a=1))
print(p.parse_intermixed_args(["dev", "x", "--dry-run", "y"]).services)
