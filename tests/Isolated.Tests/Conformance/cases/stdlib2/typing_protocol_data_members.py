"""isinstance() against runtime-checkable Protocols that declare data members (typing's checks
go through abc.ABCMeta.__instancecheck__, which must be the abc module's own frame)."""
from typing import Protocol, runtime_checkable

@runtime_checkable
class Named(Protocol):
    name: str

@runtime_checkable
class Sized2(Protocol):
    size: int
    def grow(self) -> None: ...

class Blob:
    name = "blob"

class Box:
    def __init__(self):
        self.size = 3
    def grow(self):
        self.size += 1

print(isinstance(Blob(), Named), isinstance(Box(), Named), isinstance(Box(), Sized2), isinstance(Blob(), Sized2))
try:
    issubclass(Blob, Named)
except TypeError as e:
    print("TypeError:", e)
print(Named.__protocol_attrs__ if hasattr(Named, "__protocol_attrs__") else "", sorted(Sized2.__protocol_attrs__))
