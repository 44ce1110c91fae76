# Introspection builtins: getattr/setattr/hasattr/delattr, vars, dir filtering, type(), isinstance with tuples, callable, id-free identity.
class Plugin:
    """A plugin."""
    version = "1.0"

    def __init__(self, name):
        self.name = name
        self._secret = 1

    def run(self):
        return f"running {self.name}"

    @classmethod
    def create(cls, name):
        return cls(name)

    @staticmethod
    def helper():
        return "help"


p = Plugin("x")
print(getattr(p, "name"), getattr(p, "missing", "default"), hasattr(p, "run"), hasattr(p, "nope"))
setattr(p, "extra", 5)
print(vars(p), sorted(k for k in vars(Plugin) if not k.startswith("__")))
delattr(p, "extra")
print("extra" in vars(p), [a for a in dir(p) if not a.startswith("_")])
method = getattr(p, "run")
print(method(), method.__self__ is p, method.__func__ is Plugin.run, type(method).__name__, type(Plugin.run).__name__)
print(type(Plugin.__dict__["create"]).__name__, type(Plugin.__dict__["helper"]).__name__, Plugin.create("y").name, p.helper())
print(type(p) is Plugin, type(p).__name__, type(p).__qualname__, type(p).__module__, Plugin.__doc__, Plugin.__bases__)
print(isinstance(p, (int, Plugin)), isinstance(3, (str, (float, int))), issubclass(bool, (str, int)), callable(p), callable(Plugin))
try:
    getattr(p, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(p, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(p, 5)
except TypeError as e:
    print("TypeError:", e)
Dyn = type("Dyn", (Plugin,), {"version": "2.0", "run": lambda self: "dyn " + self.name})
d = Dyn("z")
print(d.run(), d.version, Dyn.__mro__[1].__name__, Dyn.__name__, isinstance(d, Plugin))
print(sorted(vars(Dyn)), Dyn.__dict__["version"])
ns = {}
exec("def f(a, b=2, *c, d, **e): return a", ns)
f = ns["f"]
print(f.__name__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__defaults__, f.__kwdefaults__, f.__code__.co_varnames)
import inspect
print(inspect.signature(f), inspect.signature(Plugin.create), inspect.signature(Plugin), list(inspect.signature(f).parameters))
print(inspect.isclass(Plugin), inspect.isfunction(f), inspect.ismethod(p.run), inspect.getdoc(Plugin), inspect.getmro(Dyn)[-1])
print([name for name, _ in inspect.getmembers(p, inspect.ismethod)], inspect.isgeneratorfunction(lambda: (yield)))
print(eval("x * 2", {"x": 21}), eval("len(s)", {"s": "abc"}), eval("[i for i in range(3)]"), compile("1+1", "<s>", "eval").co_filename)
g = {"__builtins__": {"len": len}}
try:
    eval("print(1)", g)
except NameError as e:
    print("NameError:", e)
print(globals() is vars(), type(locals()).__name__, "Plugin" in dir(), sorted(dir(object()))[:3])
