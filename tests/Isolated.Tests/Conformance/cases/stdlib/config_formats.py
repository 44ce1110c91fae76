# Configuration formats: configparser (interpolation, types, sections), tomllib, shlex splitting and
# quoting, fnmatch patterns, json with custom encoders.
import configparser
import fnmatch
import io
import json
import shlex
import tomllib
from datetime import date, datetime

INI = """
[DEFAULT]
base_dir = /srv/app
debug = no

[server]
host = 0.0.0.0
port = 8080
log_dir = %(base_dir)s/logs
timeout = 2.5
workers = 4

[database]
url = postgres://db:5432/main
pool = 10
debug = yes
; a comment
# another comment
options =
    sslmode=require
    connect_timeout=5
"""
cp = configparser.ConfigParser()
cp.read_string(INI)
print(cp.sections(), cp.defaults())
print(cp["server"]["log_dir"], cp.getint("server", "port"), cp.getfloat("server", "timeout"), cp.getboolean("server", "debug"))
print(cp.getboolean("database", "debug"), cp["database"].getint("pool"), cp.get("database", "options").splitlines())
print(cp.get("server", "missing", fallback="dflt"), cp.has_option("server", "host"), cp.has_section("cache"), "port" in cp["server"])
print(sorted(cp["server"].keys()), cp.items("database", raw=True)[:2])
cp["cache"] = {"size": "128", "ttl": "60"}
cp.set("server", "port", "9090")
cp.remove_option("database", "pool")
buf = io.StringIO()
cp.write(buf)
print(buf.getvalue())
try:
    cp.getint("server", "host")
except ValueError as e:
    print("ValueError:", e)
try:
    cp.get("nosection", "x")
except configparser.NoSectionError as e:
    print("NoSectionError:", e)
raw = configparser.RawConfigParser()
raw.read_string("[a]\nval = 100%(x)s\n")
print(raw.get("a", "val"))
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[paths]\nroot = /opt\nbin = ${root}/bin\n[tool]\nexe = ${paths:bin}/tool\n")
print(ext["tool"]["exe"])
try:
    configparser.ConfigParser().read_string("[s]\na = 1\na = 2\n")
except configparser.DuplicateOptionError as e:
    print("DuplicateOptionError:", e)

TOML = b'''
title = "TOML Example"
version = 1.2
count = 0x1F
enabled = true
ratio = 6.02e23
born = 1979-05-27T07:32:00-08:00
day = 2024-02-29
tags = ["a", "b", 'c']
matrix = [[1, 2], [3, 4]]
multi = """
Line one
Line two"""
literal = 'C:\\Users\\x'
inline = { name = "x", pos = { x = 1, y = 2 } }

[owner]
name = "Tom"
"key with spaces" = 1

[[products]]
name = "Hammer"
sku = 738594937

[[products]]
name = "Nail"
color = "gray"

[a.b.c]
deep = true
'''
data = tomllib.loads(TOML.decode())
for key in sorted(data):
    print(key, repr(data[key]))
print(tomllib.load(io.BytesIO(b"x = 1\ny = [1.5, nan, inf]\n")))
for bad in ["x = ", "a = 1\na = 2", "[t]\n[t]", "s = 'unterminated", "d = 2024-13-01"]:
    try:
        tomllib.loads(bad)
    except tomllib.TOMLDecodeError as e:
        print("TOMLDecodeError:", e)

for cmd in ['ls -l "my file.txt" other', "echo 'single quoted' \"double \\\" quote\" plain\\ space", "grep -e foo# bar # comment", "a=1 b='x y'"]:
    print(shlex.split(cmd), shlex.split(cmd, comments=True))
print(shlex.quote("safe"), shlex.quote("needs quoting"), shlex.quote("it's"), shlex.quote(""), shlex.join(["rm", "-rf", "a b", "$HOME"]))
lex = shlex.shlex("key=value, other = 'quoted thing'", posix=True)
lex.whitespace_split = False
print(list(lex))
try:
    shlex.split('unterminated "quote')
except ValueError as e:
    print("ValueError:", e)

names = ["main.py", "test_main.py", "README.md", "data.csv", "Data.CSV", "notes.txt", "a1.py", "ab.py", ".hidden"]
for pat in ["*.py", "test_*", "?.py", "[a-c]*", "*.[ct]sv", "[!a-m]*", "*.CSV", ".*", "*[0-9]*"]:
    print(pat, fnmatch.filter(names, pat), fnmatch.fnmatchcase("Data.CSV", pat))
print(fnmatch.translate("*.py"), fnmatch.fnmatch("X.PY", "*.py"))

class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (date, datetime)):
            return o.isoformat()
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
doc = {"when": datetime(2024, 1, 2, 3, 4, 5), "day": date(2024, 2, 29), "ids": {3, 1, 2}, "nested": {"z": [1, {"a": None}]}}
text = json.dumps(doc, cls=Encoder, indent=4, sort_keys=True)
print(text)
print(json.loads(text, object_hook=lambda d: {k.upper(): v for k, v in d.items()}))
print(json.loads('[1, 2.5, "x", true, null, {"a": []}]', object_pairs_hook=lambda pairs: pairs))
try:
    json.dumps({"bad": object()})
except TypeError as e:
    print("TypeError:", e)
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "NaN", "'x'", ""]:
    try:
        print(json.loads(bad))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, e.lineno, e.colno, e.pos)
print(json.dumps(float("inf")), json.dumps("\u2603\n\t\"", ensure_ascii=True), json.dumps({1: "a", True: "b", None: "c", 2.5: "d"}))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
