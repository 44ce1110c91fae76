"""Generic containers, Protocols and TypeVar bounds used at runtime (typing, abc, dataclasses)."""
from __future__ import annotations
from dataclasses import dataclass
from typing import (Callable, ClassVar, Generic, Iterator, Protocol, TypeVar, Sequence, Mapping, overload,
                    runtime_checkable, get_type_hints, get_origin, get_args, Any, Optional, Union, Tuple)
import typing

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
Num = TypeVar("Num", int, float)

@runtime_checkable
class SupportsArea(Protocol):
    def area(self) -> float: ...

@runtime_checkable
class Named(Protocol):
    name: str

@dataclass
class Rect:
    w: float
    h: float
    name: str = "rect"
    def area(self) -> float:
        return self.w * self.h

class Blob:
    name = "blob"

print(isinstance(Rect(1, 2), SupportsArea), isinstance(Blob(), SupportsArea), issubclass(Rect, SupportsArea))

class Registry(Generic[K, V]):
    items: ClassVar[int] = 0
    def __init__(self) -> None:
        self._data: dict[K, V] = {}
    def add(self, key: K, value: V) -> None:
        self._data[key] = value
        Registry.items += 1
    def get(self, key: K, default: Optional[V] = None) -> Optional[V]:
        return self._data.get(key, default)
    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

r: Registry[str, int] = Registry()
r.add("a", 1)
r.add("b", 2)
print(list(r), r.get("a"), r.get("z", -1), Registry.items, Registry[str, int], Registry[str, int]().get("x"))
print(get_type_hints(Registry.add), get_type_hints(Registry.get))

class Pair(Generic[T]):
    def __init__(self, a: T, b: T):
        self.a, self.b = a, b
    def swap(self) -> "Pair[T]":
        return Pair(self.b, self.a)
p = Pair[int](1, 2).swap()
print(p.a, p.b, type(p).__name__, Pair.__orig_bases__ if hasattr(Pair, "__orig_bases__") else "", getattr(Pair[int], "__origin__", None))

class IntPair(Pair[int]):
    pass
print(IntPair.__orig_bases__, IntPair.__parameters__, Pair.__parameters__, issubclass(IntPair, Pair))

def total(xs: Sequence[Num]) -> Num:
    return sum(xs)
print(total([1, 2]), total([0.5, 0.25]), get_type_hints(total))

def apply(f: Callable[[T], V], xs: list[T]) -> list[V]:
    return [f(x) for x in xs]
h = get_type_hints(apply)
print(h, get_origin(h["f"]), get_args(h["f"]))

@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> list[str]: ...
def parse(x):
    return x if isinstance(x, int) else x.split()
print(parse(3), parse("a b"), [f.__name__ for f in typing.get_overloads(parse)])

Json = Union[dict[str, "Json"], list["Json"], str, int, float, bool, None]
print(get_args(Json)[2:], typing.get_origin(Json) is Union)
print(repr(Mapping[str, Tuple[int, ...]]), repr(typing.Deque[int]), repr(typing.DefaultDict[str, list]))
print(typing.Optional[int] == Optional[int], Union[int, str, int], repr(Union[int]), typing.List[int] == list[int])
try:
    isinstance(1, list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    Generic[int]
except TypeError as e:
    print("TypeError:", e)
def typed_dict_demo():
    class Point2D(typing.TypedDict):
        x: int
        y: int
    pt = Point2D(x=1, y=2)
    return pt, Point2D.__annotations__
print(typed_dict_demo())
