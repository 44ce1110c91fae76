# typing at runtime: NamedTuple, TypedDict, Protocol, get_type_hints, Generic, Literal, overload...
from typing import (NamedTuple, TypedDict, Protocol, runtime_checkable, get_type_hints, Optional,
                    Union, List, Dict, Generic, TypeVar, Literal, Any, Callable, get_origin,
                    get_args, Final, ClassVar, cast, overload, Annotated, NewType, Iterable)
import typing


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 100


class Movie(TypedDict):
    title: str
    year: int


class PartialMovie(TypedDict, total=False):
    title: str
    rating: float


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class Resource:
    def close(self):
        return None


T = TypeVar("T")
K = TypeVar("K", bound=str)


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


UserId = NewType("UserId", int)


def greet(name: str, times: int = 1, *, loud: Optional[bool] = None) -> List[str]:
    return [name] * times


e = Employee("ann")
print(e, e._fields, e._field_defaults, e._asdict(), e._replace(salary=5))
print(Employee._make(["bob", "ops", 3]), Employee.__annotations__)
m: Movie = {"title": "Heat", "year": 1995}
print(m, Movie.__required_keys__ == frozenset({"title", "year"}), sorted(PartialMovie.__optional_keys__))
print(isinstance(Resource(), Closable), isinstance(1, Closable))
b = Box[int](5)
print(b.get(), Box[int], Box.__parameters__, Box[str].__origin__ is Box)
print(get_type_hints(greet))
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Union[int, str, None]))
print(get_origin(Literal["a"]), get_args(Literal["a", 1]), Optional[int] == Union[int, None])
print(get_args(Callable[[int, str], bool]), get_origin(Callable[..., int]))
print(Union[int, str], Optional[List[int]], Dict[str, Any], Callable[[int], str])
print(int | None, list[int] | None, get_args(int | str))
print(cast(int, "x"), UserId(5), UserId.__name__, UserId)
print(Annotated[int, "meta"], get_args(Annotated[int, "meta", 3]))
print(get_type_hints(Employee), typing.get_type_hints(Movie))


class WithHints:
    a: int
    b: "list[str]"
    c: ClassVar[int] = 3
    d: Final = 4


print(get_type_hints(WithHints))
print(WithHints.__annotations__)


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2


print(f(3), f("ab"))
print(K.__bound__, T.__name__, repr(T), typing.TYPE_CHECKING)
print(isinstance([], typing.Iterable), issubclass(list, typing.Sequence), isinstance({}, typing.Mapping))
try:
    isinstance(1, List[int])
except TypeError as e:
    print("TypeError:", e)
try:
    Employee("a", "b", 1, 2)
except TypeError as e:
    print("TypeError:", e)


class Pair(NamedTuple):
    left: int
    right: int

    def total(self):
        return self.left + self.right


p = Pair(2, 3)
print(p.total(), p[0], list(p), p == (2, 3), Pair.__doc__)
x, y = p
print(x, y, tuple(reversed(p)))
