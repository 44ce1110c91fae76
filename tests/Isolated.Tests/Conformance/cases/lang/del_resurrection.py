# PEP 442: __del__ runs at most once per object, even when it resurrects the object.
import gc

saved = []

class Phoenix:
    count = 0
    def __init__(self, name):
        self.name = name
    def __del__(self):
        Phoenix.count += 1
        print("del", self.name, "call", Phoenix.count)
        saved.append(self)

p = Phoenix("p")
del p
gc.collect()
print("saved:", [o.name for o in saved])
saved.clear()
gc.collect()
gc.collect()
print("calls after dropping the resurrected one:", Phoenix.count)

# __del__ added to a class after it was created, and removed again.
class Late:
    pass

def late_del(self):
    print("late del")

Late.__del__ = late_del
l = Late()
del l
gc.collect()
print("after late")

del Late.__del__
l2 = Late()
del l2
gc.collect()
print("after removal")

# A subclass inherits __del__ and may extend it.
class Base:
    def __del__(self):
        print("Base.__del__ of", type(self).__name__)

class Derived(Base):
    def __del__(self):
        print("Derived.__del__")
        super().__del__()

d = Derived()
del d
gc.collect()
print("done")
