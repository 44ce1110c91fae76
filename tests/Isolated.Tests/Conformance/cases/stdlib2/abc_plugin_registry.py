"""A plugin system: ABC base with __init_subclass__ registration, importlib of fixture modules,
inspect to discover commands, functools.singledispatch for formatting."""
import abc
import functools
import importlib
import importlib.util
import inspect
import sys
import types

class Plugin(abc.ABC):
    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if not inspect.isabstract(cls):
            Plugin.registry[name or cls.__name__.lower()] = cls

    @abc.abstractmethod
    def run(self, data): ...

    @classmethod
    def create(cls, name, *args):
        try:
            return cls.registry[name](*args)
        except KeyError:
            raise LookupError(f"no plugin {name!r}; have {sorted(cls.registry)}") from None

class Upper(Plugin):
    def run(self, data):
        return data.upper()

class Repeat(Plugin, name="rep"):
    def __init__(self, n=2):
        self.n = n
    def run(self, data):
        return data * self.n

class Abstract(Plugin):
    @abc.abstractmethod
    def extra(self): ...

print(sorted(Plugin.registry), Plugin.create("upper").run("abc"), Plugin.create("rep", 3).run("ab"))
try:
    Plugin.create("nope")
except LookupError as e:
    print("LookupError:", e)
try:
    Abstract()
except TypeError as e:
    print("TypeError:", e)

# a plugin module created at runtime and imported through importlib
src = '''
from __main__ import Plugin
class Reverse(Plugin):
    """Reverses its input."""
    def run(self, data):
        return data[::-1]
def helper():
    return "not a plugin"
'''
mod = types.ModuleType("dynamic_plugins")
exec(compile(src, "<dynamic_plugins>", "exec"), mod.__dict__)
sys.modules["dynamic_plugins"] = mod
imported = importlib.import_module("dynamic_plugins")
print(imported is mod, sorted(Plugin.registry), Plugin.create("reverse").run("stressed"))
classes = [name for name, obj in inspect.getmembers(imported, inspect.isclass) if issubclass(obj, Plugin) and obj is not Plugin]
funcs = [name for name, _ in inspect.getmembers(imported, inspect.isfunction)]
print(classes, funcs, inspect.getdoc(imported.Reverse))
conf = importlib.import_module("conf_mod")
print(conf.__name__, importlib.reload(conf) is conf, importlib.util.find_spec("conf_mod") is not None, importlib.util.find_spec("no_such_mod_xyz"))

@functools.singledispatch
def render(value):
    return repr(value)
@render.register
def _(value: list):
    return "[" + ", ".join(render(v) for v in value) + "]"
@render.register
def _(value: dict):
    return "{" + ", ".join(f"{k}: {render(v)}" for k, v in value.items()) + "}"
@render.register(float)
def _(value):
    return f"{value:.2f}"
@render.register
def _(value: Plugin):
    return f"<plugin {type(value).__name__}>"
print(render([1, 2.5, {"a": [Upper(), "s"]}, None]))
print(render.dispatch(bool).__name__, render.dispatch(Repeat) is render.dispatch(Plugin), len(render.registry))
class Meta(abc.ABCMeta):
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by_meta = True
        return inst
class Tracked(metaclass=Meta):
    pass
print(Tracked().created_by_meta, type(Tracked).__name__, isinstance(Tracked, abc.ABCMeta))
