# __del__ on subclasses of builtin types (list, dict, int, Exception) and with __slots__.
import gc

class TrackedList(list):
    def __del__(self):
        print("list del", len(self), self[:3])

class TrackedDict(dict):
    def __del__(self):
        print("dict del", sorted(self.items()))

class TrackedInt(int):
    def __del__(self):
        print("int del", int(self))

class Slotted:
    __slots__ = ("name",)
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("slots del", self.name)

class TrackedError(Exception):
    def __del__(self):
        print("exception del", self.args)

tl = TrackedList([1, 2, 3, 4])
del tl
print("after list")
td = TrackedDict(a=1, b=2)
td = None
print("after dict")
ti = TrackedInt(7)
del ti
print("after int")
s = Slotted("s")
del s
print("after slots")
try:
    raise TrackedError("x")
except TrackedError:
    pass
gc.collect()
print("after exception")

# object.__new__ called directly (as copy and pickle do) also gives a finalizable object.
o = TrackedList.__new__(TrackedList)
del o
gc.collect()
print("done")
