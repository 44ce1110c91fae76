import inspect
import functools

def func(a, b: int = 2, *args, c, d: "str" = "x", **kwargs) -> bool:
    """Do a thing.

    More details here.
    """
    return True

sig = inspect.signature(func)
print(sig)
for name, p in sig.parameters.items():
    print(f"  {name:7} {p.kind.name:22} default={p.default!r:12} annotation={p.annotation!r}")
print(sig.return_annotation, str(sig.replace(return_annotation=inspect.Signature.empty)))
ba = sig.bind(1, 3, 4, 5, c=6, e=7)
print(ba.arguments, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba)
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError:", e)
try:
    sig.bind(1, 2, c=3, a=4)
except TypeError as e:
    print("TypeError:", e)
print(inspect.signature(lambda x, /, y=1: 0), inspect.signature(functools.partial(func, 1, c=2)))

class Widget:
    """A widget."""
    size = 3
    def __init__(self, name, *, color="red"):
        self.name = name
    def render(self, scale=1.0):
        return self.name * int(scale)
    @property
    def area(self):
        return self.size ** 2
    @staticmethod
    def helper(x):
        return x
    @classmethod
    def make(cls):
        return cls("w")
    async def fetch(self):
        return 1
    def gen(self):
        yield 1

print(inspect.signature(Widget), inspect.signature(Widget.render), inspect.signature(Widget("x").render))
print([n for n, _ in inspect.getmembers(Widget, inspect.isfunction)])
print([n for n, _ in inspect.getmembers(Widget) if not n.startswith("_")])
print(inspect.isclass(Widget), inspect.ismethod(Widget().render if False else Widget("a").render), inspect.isfunction(Widget.render))
print(inspect.iscoroutinefunction(Widget.fetch), inspect.isgeneratorfunction(Widget.gen), inspect.isbuiltin(len), inspect.isroutine(len))
print(inspect.getdoc(func), inspect.getdoc(Widget), inspect.cleandoc("  a\n    b\n  c"), sep=" | ")
print(inspect.getmodule(func).__name__, inspect.getfile(func).endswith(".py"), inspect.ismodule(inspect))
print(inspect.getmro(bool), [c.__name__ for c in inspect.getmro(Widget)])
print(type(inspect.getattr_static(Widget, "area")).__name__, type(inspect.getattr_static(Widget, "helper")).__name__)
print(inspect.unwrap(functools.wraps(func)(lambda: 0)) is func)
print(inspect.getfullargspec(func))
print(inspect.getcallargs(func, 1, c=2))
def outer():
    x = 1
    def inner():
        return x
    return inner
print(inspect.getclosurevars(outer()))
frame = inspect.currentframe()
print(frame.f_code.co_name, inspect.getframeinfo(frame).function, inspect.stack()[0].function)
def who_called():
    return inspect.stack()[1].function
def caller():
    return who_called()
print(caller())
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=3))
print(inspect.Signature([inspect.Parameter("a", inspect.Parameter.POSITIONAL_ONLY), inspect.Parameter("b", inspect.Parameter.VAR_KEYWORD)]))
try:
    inspect.signature(42)
except TypeError as e:
    print("TypeError:", e)
print(inspect.get_annotations(func, eval_str=True))
print(inspect.isabstract(Widget), inspect.getgeneratorstate(Widget("a").gen()))
