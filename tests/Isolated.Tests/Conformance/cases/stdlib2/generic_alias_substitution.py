"""types.GenericAlias at runtime: parameters, substitution, pickling, isinstance refusal, aliases in annotations."""
import copy
import pickle
import types
from collections.abc import Callable, Mapping
from typing import TypeVar, Generic, get_args, get_origin

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

print(list[T].__parameters__, dict[K, list[V]].__parameters__, dict[str, int].__parameters__, tuple[T, ...].__parameters__)
print(list[T][int], dict[K, list[V]][str, bytes], tuple[T, ...][float], dict[T, T][int], type[T][str])
Table = dict[str, list[T]]
print(Table[int], Table[Table[int]], get_args(Table[int]), get_origin(Table[int]))
for bad in [lambda: list[int][str], lambda: dict[K, V][int], lambda: list[T][int, str]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
for bad in [lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]), lambda: isinstance(1, (str, dict[str, int]))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(type(list[int]), type(list[int]) is types.GenericAlias, list[int].__class__, repr(types.GenericAlias(dict, (str, int))))
print(pickle.loads(pickle.dumps(list[int])), pickle.loads(pickle.dumps(dict[K, V])), copy.deepcopy(tuple[int, str]) == tuple[int, str])
print(list[int] == list[int], list[int] == list[str], hash(dict[str, int]) == hash(dict[str, int]), list[int]("ab"), dict[str, int](a=1))
class Box(list[int]):
    pass
print(Box.__bases__, Box.__orig_bases__, Box([1, 2]))
class Node(Generic[T]):
    pass
print(Node[int], Node[list[T]][str], Node[T].__parameters__)
print(Callable[[int], str], get_args(Callable[[T], list[T]][int]), Mapping[str, T][bytes])
print(list[int] | None, (list[T] | None).__args__, int | list[str])
alias = list[int]
print(alias.__origin__, alias.__args__, alias.__name__ if hasattr(alias, "__name__") else "", alias.__module__ if False else "")
print(isinstance(list[int], types.GenericAlias), isinstance(list[int], type), dir(list[int]) == dir(list) or len(dir(list[int])) > 10)
