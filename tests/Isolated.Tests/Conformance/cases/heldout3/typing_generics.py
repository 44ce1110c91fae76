from typing import (Generic, TypeVar, Protocol, runtime_checkable, Callable, Iterator, Optional,
                    Union, get_type_hints, get_origin, get_args, Literal, TypedDict, overload, Any)
from abc import ABC, abstractmethod
import collections.abc as cabc

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def __len__(self) -> int:
        return len(self._items)


s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), len(s), Stack[int], Stack[int]().__class__.__name__)


class Box[U]:
    def __init__(self, v: U):
        self.v = v

    def map[V](self, f: Callable[[U], V]) -> "Box[V]":
        return Box(f(self.v))


type Pair[K] = tuple[K, K]
print(Box(3).map(str).v, Box.__type_params__, Pair.__value__, Pair[int], type(Pair).__name__)


@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...


class Sq:
    def draw(self):
        return "[]"


print(isinstance(Sq(), Drawable), isinstance(1, Drawable))


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    def describe(self):
        return f"{type(self).__name__} area={self.area():.2f}"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


try:
    Shape()
except TypeError as e:
    print(e)
print(Circle(2).describe())


class Movie(TypedDict, total=False):
    title: str
    year: int


m: Movie = {"title": "X"}
print(m, Movie.__required_keys__, sorted(Movie.__optional_keys__))


def f(a: int, b: Optional[str] = None) -> Union[int, str]:
    return a


print(get_type_hints(f))
print(get_origin(list[int]), get_args(dict[str, list[int]]), get_args(Literal["a", 1]))
print(int | None, (int | str).__args__, isinstance(3, int | str))
print(issubclass(list, cabc.Sequence), issubclass(dict, cabc.Mapping), isinstance(iter([]), cabc.Iterator))


class MySeq(cabc.Sequence):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10

    def __len__(self):
        return 3


ms = MySeq()
print(list(ms), 20 in ms, ms.index(10), list(reversed(ms)), ms.count(0))
cabc.Sequence.register(tuple)


@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x: Any) -> Any:
    return x * 2


print(g(2), g("ab"))
