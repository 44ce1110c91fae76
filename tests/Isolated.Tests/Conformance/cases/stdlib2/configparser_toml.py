import configparser
import io
import tomllib

ini = """
[DEFAULT]
base_dir = /srv/app
log_level = INFO
timeout = 30

[server]
host = 0.0.0.0
port = 8080
debug = yes
data_dir = %(base_dir)s/data
log_file = %(data_dir)s/server.log
ratio = 0.75

[client]
retries = 3
timeout = 5
; a comment
# another comment
servers =
    alpha.example.com
    beta.example.com
empty =
"""

cp = configparser.ConfigParser()
cp.read_string(ini)
print(cp.sections(), cp.defaults()["base_dir"], "server" in cp, cp.has_option("client", "base_dir"))
s = cp["server"]
print(s["host"], s.getint("port"), s.getboolean("debug"), s.getfloat("ratio"), s["data_dir"], s["log_file"])
print(cp.get("client", "timeout"), cp.getint("client", "retries"), cp.get("client", "servers").split(), repr(cp["client"]["empty"]))
print(sorted(cp.options("client")), sorted(dict(cp.items("server", raw=True)).items())[:3])
print(cp.get("server", "missing", fallback="fb"), s.get("missing", "dflt"), cp.getint("server", "nope", fallback=7))
print(cp.get("server", "log_file", raw=True), cp.get("server", "data_dir", vars={"base_dir": "/override"}))
for bad in [lambda: cp.get("nosect", "x"), lambda: cp.get("server", "nokey"), lambda: cp.getint("server", "host")]:
    try:
        bad()
    except (configparser.Error, ValueError) as e:
        print(type(e).__name__, e)

cp.set("server", "port", "9090")
cp["new"] = {"key": "value", "n": "1"}
cp.remove_option("client", "empty")
buf = io.StringIO()
cp.write(buf)
print(buf.getvalue())

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[paths]
root = /opt
bin = ${root}/bin
[tools]
python = ${paths:bin}/python3
cost = $$5
""")
print(ext["tools"]["python"], ext["tools"]["cost"])
raw = configparser.RawConfigParser()
raw.read_string("[a]\nx = %(y)s\n")
print(raw["a"]["x"])
bad = configparser.ConfigParser()
bad.read_string("[a]\nx = %(y)s\n")
try:
    bad["a"]["x"]
except configparser.InterpolationMissingOptionError as e:
    print("InterpolationMissingOptionError:", e)
try:
    configparser.ConfigParser().read_string("[a]\nk=1\n[a]\n")
except configparser.DuplicateSectionError as e:
    print("DuplicateSectionError:", e)
try:
    configparser.ConfigParser().read_string("no section header\n")
except configparser.MissingSectionHeaderError as e:
    print("MissingSectionHeaderError:", e.lineno)
case = configparser.ConfigParser()
case.optionxform = str
case.read_dict({"S": {"CamelKey": "1"}})
print(list(case["S"]), configparser.ConfigParser(allow_no_value=True, delimiters=(":",)).read_string("[x]\nflag\nk: v\n"))

toml = """
title = "TOML Example"
version = 1.5
count = 1_000
hex = 0xff
big = 9_223_372_036_854_775_807
negzero = -0.0
infinite = inf
enabled = true
dob = 1979-05-27T07:32:00-08:00
local = 1979-05-27T07:32:00
day = 1979-05-27
time = 07:32:00.5
multi = \"\"\"
Roses are red
  Violets are blue\"\"\"
literal = 'C:\\Users\\path'
unicode = "caf\\u00e9 \\U0001F600"
arr = [1, 2, 3,]
mixed = [[1, 2], ["a", "b"], {x = 1}]

[owner]
name = "Tom"
"quoted key" = 1
dotted.key.here = "deep"

[[products]]
name = "Hammer"
sku = 738594937

[[products]]
name = "Nail"
color = "gray"

[database.connection]
ports = [ 8000, 8001 ]
inline = { user = "admin", pass = "x" }
"""
data = tomllib.loads(toml)
for k, v in data.items():
    print(f"{k}: {v!r}")
print(tomllib.loads("x = 1.0", parse_float=str), tomllib.load(io.BytesIO(b"a = [1]")))
for bad in ["x = ", "a = 1\na = 2", "[t]\n[t]", "s = 'unterminated", "k = 1979-13-01", "x = [1,,2]", "= 1"]:
    try:
        tomllib.loads(bad)
    except tomllib.TOMLDecodeError as e:
        print("TOMLDecodeError:", e)
