# conformance: stderr
class ConfigError(Exception):
    pass

def load(name):
    try:
        return {"a": 1}[name]
    except KeyError as e:
        raise ConfigError(f"missing setting {name!r}") from e

load("b")
