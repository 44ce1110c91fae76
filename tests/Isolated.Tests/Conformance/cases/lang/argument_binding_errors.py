# Argument binding: CPython's exact TypeError messages.
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
def g(x, *args, y=1, **kw):
    return x, args, y, kw
def h():
    pass
class K:
    def m(self, a, b=2):
        return a, b
    @classmethod
    def c(cls, a): return a
    @staticmethod
    def s(a, *, b): return a, b
    def __init__(self, v): self.v = v
calls = [
    "f(1, 2, 3, e=5)",
    "f(1, 2, c=3, e=5, d=0)",
    "f(1, 2, 3)",
    "f(1, 2)",
    "f(1)",
    "f()",
    "f(1, 2, 3, 4, 5, e=1)",
    "f(a=1, b=2, c=3, e=4)",
    "f(1, 2, 3, e=5, g=7)",
    "f(1, 2, 3, c=3, e=5)",
    "f(1, 2, 3, e=1, **{'e': 2})",
    "g()",
    "g(1, 2, 3, y=4, z=5)",
    "g(1, x=2)",
    "g(**{'x': 1, 'y': 2, 'q': 3})",
    "h(1)",
    "h(1, 2)",
    "h(a=1)",
    "K(1).m()",
    "K(1).m(1, 2, 3)",
    "K(1).m(1, c=3)",
    "K.m(1)",
    "K.c()",
    "K.s(1)",
    "K.s(1, 2)",
    "K()",
    "K(1, 2)",
    "(lambda: 0)(1)",
    "(lambda a, *, k: 0)(1, 2)",
    "(lambda *, k: 0)()",
    "(lambda a, b, c: 0)(1)",
    "(lambda a, b, c, *, d, e: 0)(1, 2, 3)",
    "f(1, 2, 3, e=5, **{1: 2})",
    "g(1, **{'y': 2}, y=3)",
    "len()",
    "len(1, 2)",
    "len(x=1)",
    "isinstance(1)",
    "int('1', 2, 3)",
    "sorted([1], None)",
    "divmod(1)",
    "print(sep=1)",
    "dict(1, 2)",
    "[].append()",
    "[].append(1, 2)",
    "{}.get()",
    "'abc'.split(1, 2, 3)",
    "max()",
    "min(1)",
    "getattr(1)",
    "object(1)",
    "range()",
    "range(1, 2, 3, 4)",
]
for src in calls:
    try:
        r = eval(src)
        print(f"{src:45} -> {r!r}")
    except TypeError as e:
        print(f"{src:45} TypeError: {e}")
def kwonly_defaults(*, a=1, b):
    return a, b
print(kwonly_defaults(b=2), kwonly_defaults.__kwdefaults__, f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames[:6])
def pos_only_and_kw(a, /, **kw):
    return a, kw
print(pos_only_and_kw(1, a=2))
def defaults_eval_once(x=[]):
    x.append(len(x)); return x
print(defaults_eval_once(), defaults_eval_once(), defaults_eval_once([9]))
