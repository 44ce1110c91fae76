# typing features a library author uses: Protocol, TypedDict, NamedTuple, Generic, ParamSpec, overload.
from __future__ import annotations
import functools
from typing import (Any, Callable, Generic, Iterator, NamedTuple, Protocol, TypedDict, TypeVar, ParamSpec,
                    Concatenate, runtime_checkable, get_type_hints, overload, Literal, Optional, Union, get_origin, get_args, cast, Final, NotRequired, Required)

T = TypeVar("T")
K = TypeVar("K")
P = ParamSpec("P")
R = TypeVar("R")


@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...


class Resource:
    def close(self) -> None:
        print("closed resource")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __len__(self) -> int:
        return len(self._items)


class Movie(TypedDict):
    title: str
    year: int
    rating: NotRequired[float]


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 0

    def raise_by(self, pct: int) -> Employee:
        return self._replace(salary=self.salary * (100 + pct) // 100)


def logged(fn: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        print(f"call {fn.__name__}{args}{kwargs if kwargs else ''}")
        return fn(*args, **kwargs)
    return wrapper


def with_prefix(fn: Callable[Concatenate[str, P], R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        return fn(">>", *args, **kwargs)
    return inner


@logged
def add(a: int, b: int = 2) -> int:
    return a + b


@with_prefix
def shout(prefix: str, msg: str) -> str:
    return f"{prefix} {msg.upper()}"


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


def first(xs: list[T], default: Optional[T] = None) -> T | None:
    return xs[0] if xs else default


s: Stack[int] = Stack()
for i in range(3):
    s.push(i * i)
print(list(s), len(s), s.pop(), Stack[int].__origin__ is Stack, Stack.__parameters__)
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)
print(isinstance(Resource(), SupportsClose), isinstance(42, SupportsClose))
m: Movie = {"title": "Up", "year": 2009}
print(m, Movie.__required_keys__ == frozenset({"title", "year"}), sorted(Movie.__optional_keys__), Movie.__total__)
e = Employee("ann", salary=1000)
print(e, e.raise_by(10), e._fields, e._field_defaults, e._asdict(), Employee._make(["bob", "ops", 5]))
print(add(1), add(1, b=5), add.__name__, add.__wrapped__(3, 4))
print(shout("hi"), double(4), double("ab"), first([]), first([7]), first([], "d"))
print(get_type_hints(add), get_type_hints(Employee)["salary"], get_type_hints(first))
print(get_origin(list[int]), get_args(dict[str, list[int]]), get_origin(Union[int, str]), get_args(Optional[int]), get_args(Literal["a", "b"]))
print(cast(int, "not really"), int | str, (int | None) == Optional[int], list[int] == list[int])
print(T, P, P.args, T.__name__, Callable[[int], str], Callable[P, int].__parameters__)
class Pair(Generic[K, T]):
    def __init__(self, k: K, v: T):
        self.k, self.v = k, v
print(Pair[str, int], Pair[str, int]("a", 1).v, Pair.__orig_bases__ if hasattr(Pair, "__orig_bases__") else "")
MAX: Final = 10
print(MAX, __annotations__["MAX"], __annotations__["s"])
