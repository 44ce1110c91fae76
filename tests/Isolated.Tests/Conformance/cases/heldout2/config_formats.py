# Configuration files: configparser (interpolation, types, sections), tomllib, json with custom encoders.
import configparser
import io
import json
import tomllib
from dataclasses import dataclass, asdict
from datetime import date, datetime
from pathlib import PurePosixPath

INI = """
[DEFAULT]
base = /srv/app
debug = no

[server]
host = 0.0.0.0
port = 8080
root = %(base)s/www
timeout = 2.5

[database]
url = postgres://db:5432/${server:port}
pool = 5
debug = yes

[paths]
logs = ${DEFAULT:base}/logs
"""
cp = configparser.ConfigParser()
cp.read_string(INI)
print(cp.sections(), cp.defaults()["base"], sorted(cp["server"]))
print(cp["server"]["root"], cp.getint("server", "port"), cp.getfloat("server", "timeout"), cp.getboolean("server", "debug"), cp.getboolean("database", "debug"))
print(cp.get("server", "missing", fallback="dflt"), cp["database"].get("pool"), "database" in cp, cp.has_option("paths", "logs"))
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string(INI.replace("%(base)s", "${base}"))
print(ext["database"]["url"], ext["paths"]["logs"], ext["server"]["root"])
raw = configparser.RawConfigParser()
raw.read_string(INI)
print(raw["server"]["root"])
cp["new"] = {"a": "1", "b": "two"}
cp.set("server", "port", "9090")
cp.remove_option("database", "pool")
out = io.StringIO()
cp.write(out)
print(out.getvalue().strip().splitlines()[-6:])
for bad in ["[s]\nx = 1\nx = 2\n", "no section here\n", "[s]\na = %(zzz)s\n"]:
    try:
        c = configparser.ConfigParser()
        c.read_string(bad)
        print(c["s"]["a"])
    except configparser.Error as e:
        print(type(e).__name__, str(e).splitlines()[0])

TOML = b'''
title = "TOML Example"
version = 2

[owner]
name = "Tom"
dob = 1979-05-27T07:32:00-08:00
birthday = 1979-05-27

[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }

[[products]]
name = "Hammer"
sku = 738594937

[[products]]
name = "Nail"
sku = 284758393
color = "gray"

[strings]
multi = """
Roses are red
Violets are blue"""
literal = 'C:\\Users\\nodejs'
hex = 0xDEADBEEF
under = 1_000_000
inf = inf
'''
cfg = tomllib.loads(TOML.decode())
print(cfg["title"], cfg["owner"]["dob"], type(cfg["owner"]["dob"]).__name__, cfg["owner"]["birthday"])
print(cfg["database"], [p["name"] for p in cfg["products"]], cfg["products"][1].get("color"))
print(cfg["strings"])
print(tomllib.load(io.BytesIO(b"a.b.c = 1\n'quoted key' = 2")))
try:
    tomllib.loads("x = [1, 2\ny = 3")
except tomllib.TOMLDecodeError as e:
    print("TOMLDecodeError:", e)
try:
    tomllib.loads("a = 1\na = 2")
except tomllib.TOMLDecodeError as e:
    print("TOMLDecodeError:", e)

@dataclass
class Deploy:
    name: str
    when: date
    path: PurePosixPath

class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (date, datetime)):
            return {"__date__": o.isoformat()}
        if isinstance(o, PurePosixPath):
            return str(o)
        if hasattr(o, "__dataclass_fields__"):
            return asdict(o)
        return super().default(o)

def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    return d

d = Deploy("web", date(2024, 6, 1), PurePosixPath("/srv/web"))
s = json.dumps({"deploys": [d], "count": 1, "ratio": 0.5, "none": None, "u": "é"}, cls=Encoder, sort_keys=True)
print(s)
back = json.loads(s, object_hook=hook)
print(back["deploys"][0]["when"], type(back["deploys"][0]["when"]).__name__)
print(json.dumps({"u": "é", "t": (1, 2)}, ensure_ascii=False, separators=(",", ":")), json.dumps([1.0, float("inf")]), json.loads("[1e400, -0.0, NaN]"))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.lineno, e.colno, e.pos)
print(json.loads('{"a": {"b": [1, {"c": null}]}}', parse_int=str), json.dumps({3: "int key", "b": True}), json.loads('"\\ud83d\\ude00"'))
