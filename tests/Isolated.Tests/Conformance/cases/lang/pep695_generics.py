# PEP 695: type statements, generic functions and classes, lazy evaluation.
type Point = tuple[float, float]
print(Point, type(Point).__name__, Point.__name__, Point.__value__, Point.__type_params__)
type ListOrSet[T] = list[T] | set[T]
print(ListOrSet.__type_params__, ListOrSet.__value__, ListOrSet[int])
type Lazy = Undefined  # evaluated only when __value__ is read
try:
    Lazy.__value__
except NameError as e:
    print("NameError:", e)
Undefined = int
print(Lazy.__value__)
def first[T](items: list[T]) -> T:
    return items[0]
print(first([3, 4]), first.__type_params__, first.__annotations__)
T_param = first.__type_params__[0]
print(type(T_param).__name__, T_param.__name__, T_param.__bound__, T_param.__constraints__)
class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
    def map[U](self, f) -> "Box[U]":
        return Box(f(self.item))
b = Box(2).map(lambda v: v * 10)
print(b.get(), Box.__type_params__, Box[int], Box.__mro__[-2].__name__ if len(Box.__mro__) > 2 else Box.__bases__)
print(Box.__orig_bases__ if hasattr(Box, "__orig_bases__") else None)
class Bounded[T: (int, str), U: float, *Ts, **P]:
    pass
for p in Bounded.__type_params__:
    print(type(p).__name__, p.__name__, getattr(p, "__bound__", None), getattr(p, "__constraints__", None))
def pair[K, V](k: K, v: V) -> dict[K, V]:
    return {k: v}
print(pair("a", 1), [p.__name__ for p in pair.__type_params__])
class Outer:
    type Alias = list[int]
    def method[X](self, x: X) -> X:
        return x
print(Outer.Alias.__value__, Outer().method("m"), Outer.method.__type_params__)
type Recursive[T] = T | list[Recursive[T]]
print(Recursive.__value__)
import typing
print(typing.get_args(ListOrSet[int].__value__) if hasattr(ListOrSet[int], "__value__") else ListOrSet[int].__args__)
def scoped[T]():
    return T
print(scoped().__name__, scoped() is scoped.__type_params__[0])
try:
    exec("type X[T] = T\nclass Y[T, T]: pass")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
class Base[T]:
    attr: T
class Child[S](Base[S]):
    pass
print(Child.__type_params__, Child.__orig_bases__, Child[int])
print(typing.TypeAliasType("Manual", int).__value__)
