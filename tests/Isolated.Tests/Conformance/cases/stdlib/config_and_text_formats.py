# configparser (interpolation, types, defaults), tomllib, shlex command lines, fnmatch filters, graphlib build order.
import configparser
import tomllib
import shlex
import fnmatch
import graphlib

INI = """
[DEFAULT]
base = /srv/app
debug = no

[server]
host = 0.0.0.0
port = 8080
logdir = %(base)s/logs
workers = 4
ratio = 0.75

[client]
retries = 3
debug = yes
"""
cp = configparser.ConfigParser()
cp.read_string(INI)
print(cp.sections(), cp.defaults()["base"], cp["server"]["logdir"], cp.getint("server", "port"), cp.getfloat("server", "ratio"))
print(cp.getboolean("server", "debug"), cp.getboolean("client", "debug"), cp.get("client", "missing", fallback="fb"), cp.has_option("client", "base"))
print(sorted(cp["client"].keys()), dict(cp.items("client", raw=True))["base"])
cp["new"] = {"k": "v"}
cp.set("new", "n", "5")
import io
buf = io.StringIO()
cp.write(buf)
print(buf.getvalue().split("\n[")[-1])
try:
    cp.getint("server", "host")
except ValueError as e:
    print("ValueError:", e)
try:
    cp["nosuch"]
except KeyError as e:
    print("KeyError:", e)
TOML = """
title = "Example"
[owner]
name = "Tom"
dob = 1979-05-27T07:32:00-08:00
[database]
ports = [8000, 8001, 8002]
data = [["gamma", "delta"], [1, 2]]
enabled = true
temp_targets = { cpu = 79.5, case = 72.0 }
[[products]]
name = "Hammer"
sku = 738594937
[[products]]
name = "Nail"
"""
doc = tomllib.loads(TOML)
print(doc["title"], doc["owner"]["dob"].isoformat(), doc["database"]["ports"], doc["database"]["temp_targets"], [p["name"] for p in doc["products"]])
try:
    tomllib.loads("a = ")
except tomllib.TOMLDecodeError as e:
    print("TOMLDecodeError:", e)
for line in ['git commit -m "fix: a bug" --amend', "cp 'my file.txt' dest/", r"echo a\ b 'c d' \"e\"", "grep -E '^(a|b)$' *.log"]:
    print(shlex.split(line))
print(shlex.join(["rm", "-rf", "dir with space", "$HOME"]), shlex.quote(""), shlex.quote("safe-name.txt"))
lex = shlex.shlex("a=1; b='two words'", posix=True)
lex.whitespace_split = False
print(list(lex))
files = ["main.py", "test_main.py", "README.md", "setup.cfg", "data.JSON", "lib/util.py", ".hidden.py"]
print(fnmatch.filter(files, "*.py"), fnmatch.filter(files, "test_*"), [f for f in files if fnmatch.fnmatchcase(f, "*.json")], fnmatch.fnmatch("data.JSON", "*.json"))
print(fnmatch.filter(files, "[!.]*.p?"), fnmatch.filter(files, "*.[mc][df]*"))
deps = {"app": {"lib", "utils"}, "lib": {"core"}, "utils": {"core"}, "core": set(), "tests": {"app"}}
ts = graphlib.TopologicalSorter(deps)
ts.prepare()
levels = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    levels.append(ready)
    ts.done(*ready)
print(levels)
try:
    list(graphlib.TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except graphlib.CycleError as e:
    print("CycleError:", e.args[0], sorted(set(e.args[1])))
