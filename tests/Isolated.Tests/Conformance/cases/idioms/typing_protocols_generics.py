# Typed code at runtime: Protocols with runtime_checkable, Generic containers, TypeVar bounds, TypedDict totality, overload-free dispatch.
from typing import Protocol, runtime_checkable, Generic, TypeVar, Iterator, TypedDict, NotRequired, Required, Self, ClassVar, get_type_hints
from dataclasses import dataclass

T = TypeVar("T")
N = TypeVar("N", int, float)


@runtime_checkable
class SupportsArea(Protocol):
    def area(self) -> float: ...


@dataclass
class Rect:
    w: float
    h: float

    def area(self) -> float:
        return self.w * self.h


@dataclass
class Circle:
    r: float

    def area(self) -> float:
        return round(3.14159 * self.r ** 2, 3)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> Self:
        self._items.append(item)
        return self

    def pop(self) -> T:
        return self._items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __len__(self) -> int:
        return len(self._items)


class Movie(TypedDict, total=False):
    title: Required[str]
    year: int
    rating: NotRequired[float]


def total_area(shapes: list[SupportsArea]) -> float:
    return sum(s.area() for s in shapes)


def biggest(xs: list[N]) -> N:
    return max(xs)


shapes = [Rect(2, 3), Circle(1), Rect(1.5, 1.5)]
print(total_area(shapes), [isinstance(s, SupportsArea) for s in shapes + ["str"]])
s = Stack[int]().push(1).push(2).push(3)
print(list(s), s.pop(), len(s), Stack.__parameters__, Stack[str].__args__)
m: Movie = {"title": "Alien"}
print(m, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
print(biggest([1, 5, 3]), biggest([1.5, 0.5]), N.__constraints__, T.__constraints__)
print(get_type_hints(total_area), get_type_hints(Stack.push))


class Config:
    defaults: ClassVar[dict[str, int]] = {"a": 1}
    name: str

    def __init__(self, name: str) -> None:
        self.name = name


print(get_type_hints(Config), Config.defaults, Config("x").name)


def first(xs: "list[T]") -> "T | None":
    return xs[0] if xs else None


print(first([9, 8]), first([]), first.__annotations__)
type Pair[K] = tuple[K, K]
print(Pair, Pair.__value__, Pair[int], Pair.__type_params__)


def ident[X](x: X) -> X:
    return x


print(ident(5), ident.__type_params__)


class Box[V]:
    def __init__(self, v: V):
        self.v = v


print(Box(3).v, Box.__type_params__, Box[int])
