# conformance: stderr
# An error-path program: a chained exception escapes to the top level and the traceback is printed.
import json


class ConfigError(Exception):
    pass


def load(text):
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise ConfigError("config is not valid JSON") from e


def port_of(cfg):
    try:
        return int(cfg["port"])
    except KeyError:
        raise ConfigError("no port configured")


print("valid:", port_of(load('{"port": "8080"}')))
try:
    load("{oops}")
except ConfigError as e:
    print("caught:", e, "| cause:", type(e.__cause__).__name__, "| suppress:", e.__suppress_context__)
try:
    port_of({})
except ConfigError as e:
    print("caught:", e, "| context:", repr(e.__context__), "| cause:", e.__cause__)
print("now failing for real", flush=True)
port_of(load('{"host": "x"}'))
