"""Application settings: defaults layered under a user file and environment overrides, written back to disk."""
import configparser
import os
import tempfile
from pathlib import Path

DEFAULTS = {
    "app": {"name": "demo", "debug": "false", "workers": "4", "data": "%(home)s/data", "home": "/srv/demo"},
    "db": {"url": "sqlite:///%(path)s", "path": "/tmp/demo.db", "pool": "5", "echo": "off"},
}

with tempfile.TemporaryDirectory() as tmp:
    user_file = Path(tmp) / "settings.ini"
    user_file.write_text("""# user overrides
[app]
debug = yes
workers = 8

[db]
path = /var/lib/demo.db
; pool stays default

[logging]
level = DEBUG
handlers = console,
    file
""")
    cfg = configparser.ConfigParser(converters={"list": lambda v: [x.strip() for x in v.replace("\n", ",").split(",") if x.strip()]})
    cfg.read_dict(DEFAULTS)
    read = cfg.read([user_file, Path(tmp) / "missing.ini"])
    print([Path(p).name for p in read])
    os.environ["DEMO_WORKERS"] = "16"
    env_overrides = {k[5:].lower(): v for k, v in os.environ.items() if k.startswith("DEMO_")}
    cfg["app"].update(env_overrides)
    app = cfg["app"]
    print(app["name"], app.getboolean("debug"), app.getint("workers"), app["data"])
    print(cfg["db"]["url"], cfg.getint("db", "pool"), cfg.getboolean("db", "echo"))
    print(cfg.getlist("logging", "handlers"), cfg["logging"].getlist("level"), cfg.get("logging", "level"))
    print(cfg.has_section("cache"), cfg.get("cache", "ttl", fallback="60"), "workers" in app, len(app))
    cfg.add_section("cache")
    cfg.set("cache", "ttl", "300")
    cfg["cache"]["backend"] = "memory"
    out = Path(tmp) / "saved.ini"
    with out.open("w") as f:
        cfg.write(f, space_around_delimiters=False)
    print(out.read_text())
    again = configparser.ConfigParser()
    again.read(out)
    print(again.sections(), again["cache"]["ttl"], again["db"]["url"])
    try:
        cfg.set("cache", "ttl", 300)
    except TypeError as e:
        print("TypeError:", e)
    try:
        cfg.getint("app", "name")
    except ValueError as e:
        print("ValueError:", e)
    try:
        cfg["nosuch"]
    except KeyError as e:
        print("KeyError:", e)
    try:
        cfg.read_string("[db]\npath = %(missing)s\n")
        cfg.get("db", "path")
    except configparser.InterpolationMissingOptionError as e:
        print("InterpolationMissingOptionError:", e.option, e.reference)
    strict = configparser.ConfigParser(strict=True)
    try:
        strict.read_string("[s]\na=1\na=2\n")
    except configparser.DuplicateOptionError as e:
        print("DuplicateOptionError:", e)
