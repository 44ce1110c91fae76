from __future__ import annotations
import typing
from typing import (Annotated, Any, Callable, ClassVar, Final, Generic, Literal, NamedTuple, Optional, Protocol,
                    TypedDict, TypeVar, Union, get_args, get_origin, get_type_hints, runtime_checkable, NotRequired,
                    Required, overload, cast, assert_never, TYPE_CHECKING, Self, ParamSpec, Concatenate, TypeAlias, NewType)

T = TypeVar("T")
K = TypeVar("K", bound=str)
N = TypeVar("N", int, float)

class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 0.0
    def label(self) -> str:
        return f"{self.name}@{self.dept}"

e = Employee("ann", salary=10.5)
print(e, e.label(), e._fields, e._field_defaults, Employee._make(["bob", "ops", 1])._asdict(), e._replace(dept="hr"))
print(get_type_hints(Employee))

class Movie(TypedDict):
    title: str
    year: int
    rating: NotRequired[float]

class Opts(TypedDict, total=False):
    verbose: bool
    level: Required[int]

m: Movie = {"title": "Blade Runner", "year": 1982}
print(m, Movie.__required_keys__ == {"title", "year"}, sorted(Movie.__optional_keys__), sorted(Opts.__required_keys__), Opts.__total__)
print(get_type_hints(Movie))
print(get_type_hints(Movie, include_extras=True)["rating"])

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class File:
    def close(self):
        pass

class Rock:
    pass

print(isinstance(File(), Closable), isinstance(Rock(), Closable), issubclass(File, Closable))
class NotRuntime(Protocol):
    def run(self) -> int: ...
try:
    isinstance(File(), NotRuntime)
except TypeError as e:
    print("TypeError:", e)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> Self:
        self.items.append(item)
        return self
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]().push(1).push(2)
print(s.pop(), Stack[int], Stack.__parameters__, Stack[str].__origin__ is Stack, get_args(Stack[int]))

def greet(name: str, times: int = 1, *, loud: Optional[bool] = None) -> list[str]:
    return [name] * times

print(get_type_hints(greet))
print(greet.__annotations__)

Mode = Literal["r", "w"]
def open_it(mode: Mode, data: Annotated[bytes, "raw", 42]) -> Union[int, None]:
    return None
hints = get_type_hints(open_it, include_extras=True)
print(hints["mode"], get_args(hints["mode"]), get_origin(hints["data"]), hints["data"].__metadata__, get_type_hints(open_it)["data"])
print(get_origin(list[int]), get_args(dict[str, list[int]]), get_origin(Union[int, str]), get_args(Optional[int]), get_args(int | None))
print(get_origin(Callable[[int], str]), get_args(Callable[[int, str], bool]), get_args(Callable[..., int]))
print(Optional[int] == Union[int, None], Union[int, int], Union[int, str] == Union[str, int], int | str)
print(repr(Optional[list[int]]), repr(Callable[[T], K]), repr(Literal[1, "a"]), repr(Any), repr(Final[int]), repr(ClassVar[int]))
print(T.__name__, K.__bound__, N.__constraints__, repr(T))

UserId = NewType("UserId", int)
print(UserId(5), UserId.__supertype__, repr(UserId))
print(cast(int, "not really"), TYPE_CHECKING)
P = ParamSpec("P")
def deco(f: Callable[P, T]) -> Callable[P, T]:
    return f
print(repr(P), P.args, P.kwargs, get_args(Callable[Concatenate[int, P], int]))
class Config:
    debug: ClassVar[bool] = False
    name: Final[str] = "x"
    count: "int"
print(get_type_hints(Config))
try:
    get_type_hints(type("Bad", (), {"__annotations__": {"x": "Undefined"}}))
except NameError as e:
    print("NameError:", e)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(3), len(typing.get_overloads(f)))
try:
    Stack[int, str]
except TypeError as e:
    print("TypeError:", e)
print(typing.get_protocol_members(Closable) if hasattr(typing, "get_protocol_members") else "", typing.is_typeddict(Movie))
