# Function objects: defaults, annotations, keyword-only, positional-only, introspection, attributes.
import inspect
def full(a, b=2, /, c=3, *args, d, e=5, **kwargs) -> "ret":
    "Full signature."
    return a, b, c, args, d, e, kwargs
print(full(1, d=4), full(1, 2, 3, 4, 5, d=6, z=7))
print(inspect.signature(full), full.__name__, full.__doc__, full.__annotations__)
print(full.__defaults__, full.__kwdefaults__, full.__code__.co_argcount, full.__code__.co_kwonlyargcount)
def annotated(x: int, y: "str" = "s", *v: float, k: list[int] = None, **kw: dict) -> bool:
    return True
print(annotated.__annotations__)
print([(p.name, p.kind.name, p.default if p.default is not inspect.Parameter.empty else "-") for p in inspect.signature(annotated).parameters.values()])
def attrs(): pass
attrs.custom = "value"
attrs.__doc__ = "set later"
print(attrs.custom, attrs.__doc__, vars(attrs), attrs.__module__, attrs.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, outer().__name__, repr(outer())[:30])
lam = lambda x, *, y=1: x + y
print(lam.__name__, lam(1), lam(1, y=5), inspect.signature(lam))
def mutate_default(item, bucket=[]):
    bucket.append(item)
    return bucket
print(mutate_default(1), mutate_default(2), mutate_default.__defaults__)
def safe_default(item, bucket=None):
    bucket = [] if bucket is None else bucket
    bucket.append(item)
    return bucket
print(safe_default(1), safe_default(2))
counter = 0
def default_evaluated_once(v=(counter := counter + 1)):
    return v
print(default_evaluated_once(), default_evaluated_once(), counter)
def recursive_ref(n):
    return 1 if n <= 1 else n * recursive_ref(n - 1)
alias = recursive_ref
print(alias(5))
def star_only(*, a, b):
    return a - b
print(star_only(b=1, a=5))
def pos_only(a, b, /):
    return a * b
print(pos_only(3, 4))
def kwargs_collect(**kw):
    return list(kw)
print(kwargs_collect(z=1, a=2, m=3))
def varargs(*args):
    return type(args).__name__, args
print(varargs(), varargs(1, [2]))
f2 = full
f2.__defaults__ = (20,)
try:
    print(full(1, d=0))
except TypeError as e:
    print("TypeError:", e)
f2.__defaults__ = (20, 30)
print(full(1, d=0))
full.__kwdefaults__ = {"d": "kwd", "e": "e2"}
print(full(1))
def g(): return g.__name__
print(g(), callable(g), type(g).__name__, g.__class__.__name__)
print(full.__code__.co_name, full.__code__.co_varnames, full.__code__.co_flags & 0x0C)
def gen_func(): yield 1
async def coro_func(): pass
print(inspect.isfunction(g), inspect.isgeneratorfunction(gen_func), inspect.iscoroutinefunction(coro_func), inspect.isbuiltin(len))
print(len.__name__, print.__module__, type(len).__name__)
import functools
p = functools.partial(full, 1, d=2)
print(p(), p(2, 3, e=0), p.func is full, p.args, p.keywords)
def make_adder(n):
    def add(x):
        return x + n
    add.__name__ = f"add_{n}"
    return add
adders = [make_adder(i) for i in range(3)]
print([a.__name__ for a in adders], [a(10) for a in adders])
print(sorted(["b", "a"], key=None), sorted(["bb", "a"], key=len))
def doc_only():
    """Only a docstring."""
print(doc_only(), doc_only.__doc__)
def returns_tuple():
    return 1, 2
print(returns_tuple(), type(returns_tuple()).__name__)
print((lambda: None)(), (lambda *a, **k: (a, k))(1, x=2))
