import abc
import contextlib
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, fields, replace, InitVar, KW_ONLY

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False, repr=False)

print(Version(1, 2), Version(1, 2) < Version(1, 10), sorted([Version(2), Version(1, 5)]), Version(1) == Version(1, 0, "x"))

@dataclass
class Inventory:
    owner: str
    items: list[str] = field(default_factory=list)
    count: int = field(init=False)
    scale: InitVar[int] = 1
    _: KW_ONLY
    note: str = "none"
    def __post_init__(self, scale):
        self.count = len(self.items) * scale

inv = Inventory("ann", ["a", "b"], 3, note="n")
print(inv, asdict(inv), astuple(inv), [f.name for f in fields(inv)], replace(inv, owner="bob", scale=1))
try:
    Inventory()
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError:", e)

@dataclass(frozen=True, slots=True)
class Point:
    x: float
    y: float
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

pt = Point(3, 4)
print(pt, pt.dist(), hash(pt) == hash(Point(3, 4)), hasattr(pt, "__dict__"), Point.__slots__)
try:
    pt.x = 1
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)

@dataclass(kw_only=True)
class Config:
    host: str = "localhost"
    port: int = 80
print(Config(port=8080), dataclasses.is_dataclass(Config), dataclasses.is_dataclass(Config()), dataclasses.is_dataclass(int))
Dyn = dataclasses.make_dataclass("Dyn", [("a", int), ("b", str, field(default="z"))], namespace={"twice": lambda self: self.a * 2})
print(Dyn(4), Dyn(4).twice(), Dyn.__dataclass_fields__["b"].default)
@dataclass
class Child(Version):
    extra: list = field(default_factory=lambda: [1])
print(Child(1, 2, "l", [3]), fields(Child)[-1].name, Child.__match_args__)
match Version(3, 1):
    case Version(3, minor):
        print("matched minor", minor)
@dataclass(eq=False)
class Node:
    val: int
    children: list = field(default_factory=list, repr=False)
print(Node(1) == Node(1), Node(1, [Node(2)]), asdict(Node(1, [Node(2)])))

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area()}"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Half(Shape):
    def area(self):
        return 0
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(Square(3).describe(), sorted(Shape.__abstractmethods__), isinstance(Square(1), Shape))
class Duck(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if any("quack" in B.__dict__ for B in C.__mro__) else NotImplemented
class Mallard:
    def quack(self): ...
print(isinstance(Mallard(), Duck), issubclass(int, Duck))
Shape.register(int)
print(issubclass(int, Shape), isinstance(5, Shape), abc.get_cache_token() is not None)

@contextlib.contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"handled {e}")
    finally:
        log.append(f"</{name}>")

log = []
with tag("a", log) as t:
    log.append(t)
with tag("b", log):
    raise KeyError("k")
print(log)
with contextlib.suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
print("suppressed")
import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("hidden")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag(n, log)) for n in "xy"]
    stack.callback(log.append, "callback")
    print(names)
print(log[-5:])
class Res:
    def close(self):
        print("closed")
with contextlib.closing(Res()):
    print("using")
with contextlib.nullcontext(5) as v:
    print("null", v)
class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False
@Timer()
def decorated():
    print("body")
decorated()
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
import os, tempfile
with tempfile.TemporaryDirectory() as d:
    with contextlib.chdir(d):
        print(os.path.basename(os.getcwd()) == os.path.basename(d))
async def agen_demo():
    @contextlib.asynccontextmanager
    async def actx():
        yield "async value"
    async with actx() as v:
        return v
import asyncio
print(asyncio.run(agen_demo()))
