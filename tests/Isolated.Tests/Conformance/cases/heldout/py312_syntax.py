# Python 3.12 features a modern tutorial would show off
type Point = tuple[float, float]
type Pair[T] = tuple[T, T]

class Box[T]:
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
    def __repr__(self) -> str:
        return f"Box({self.item!r})"

def first[T](xs: list[T]) -> T:
    return xs[0]

def pairs[K, V](d: dict[K, V]) -> list[tuple[K, V]]:
    return sorted(d.items())

class Stack[T]:
    def __init__(self) -> None:
        self._items: list[T] = []
    def push(self, x: T) -> "Stack[T]":
        self._items.append(x)
        return self
    def pop(self) -> T:
        return self._items.pop()
    def __len__(self) -> int:
        return len(self._items)

print(Point, Point.__value__, Pair.__type_params__, Pair[int].__value__ if False else Pair.__name__)
print(Box(3), Box("s").get(), first([9, 8]), pairs({"b": 2, "a": 1}))
print(Box.__type_params__, first.__type_params__, type(Box.__type_params__[0]).__name__)
s = Stack[int]().push(1).push(2)
print(len(s), s.pop(), len(s))
songs = ["Take me back to Eden", "Alkaline", "Ascensionism"]
print(f"This is the playlist: {", ".join(songs)}")
print(f"{"nested " + f"{'inner' + f"{1 + 1}"}"}")
print(f"{'\n'.join(['a', 'b'])}")
print(f"{
    sum(
        x * x   # squares
        for x in range(10)
    )
}")
width = 10
print(f"{'x':>{width}}|{3.14159:.{width - 7}f}|")
def show(**kw):
    return ", ".join(f"{k}={v!r}" for k, v in kw.items())
print(f"{show(a=1, b="two")}")
nums = [1, 2, 3, 4, 5, 6, 7]
import itertools
print(list(itertools.batched(nums, 3)), list(itertools.pairwise("abcd")))
import math
print(math.sumprod([1, 2, 3], [4, 5, 6]), sum([0.1] * 10), sum([0.1] * 10) == 1.0, sum([1e100, 1.0, -1e100, 1.0]))
print(math.fsum([0.1] * 10), sum([1, 2.5, 3]), sum(range(10), start=0.5))
class Base:
    def greet(self) -> str:
        return "base"
from typing import override, TypedDict, NotRequired, Self, Literal, Protocol, runtime_checkable
class Child(Base):
    @override
    def greet(self) -> str:
        return "child"
print(Child().greet(), getattr(Child.greet, "__override__", None))
class Movie(TypedDict):
    title: str
    year: NotRequired[int]
m: Movie = {"title": "Heat"}
print(m, Movie.__required_keys__, Movie.__optional_keys__)
@runtime_checkable
class Greeter(Protocol):
    def greet(self) -> str: ...
print(isinstance(Child(), Greeter), isinstance(3, Greeter))
Mode = Literal["r", "w"]
def open_mode(m: Mode) -> Mode:
    return m
print(open_mode("r"), Mode)
print([(a := i * 2, a + 1) for i in range(3)], a)
class Cls:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    names = {n: len(n) for n in ["aa", "b"]}
print(Cls.doubled, Cls.names)
def gen_scope():
    y = 10
    return [y + i for i in range(3)]
print(gen_scope())
x = "outer"
result = [x for x in "ab"]
print(result, x)
print(list(zip("abc", [1, 2, 3], strict=True)))
try:
    list(zip("ab", [1, 2, 3], strict=True))
except ValueError as e:
    print("ValueError:", e)
match {"type": "move", "x": 3, "extra": True}:
    case {"type": "move", "x": int(px), **rest}:
        print("move", px, rest)
print("%s" % "a".removeprefix("x"), "hello.py".removesuffix(".py"), "Straße".casefold(), str.isascii("é"))
def posonly(a, b, /, c, *, d=4):
    return a, b, c, d
print(posonly(1, 2, c=3), posonly(1, 2, 3, d=5))
try:
    posonly(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
print((lambda: (yield))().__class__.__name__, int.bit_count(255), (10).as_integer_ratio(), 3.75.as_integer_ratio())
print(dict(a=1) | {"b": 2}, {**{"x": 1}, "y": 2, **{"x": 3}})
d = {"k": 1}
d |= {"j": 2}
print(d, list(reversed(d)), list(reversed(d.items())))
