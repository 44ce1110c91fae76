# __del__ runs where CPython's reference count would drop to zero, for the common patterns:
# del name, rebinding a module-level name, a function's temporaries at its return, gc.collect()
# for a cycle, and the program's end.
import gc

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a = Tracked("a")
del a
print("after del a")

b = Tracked("b")
b = None
print("after rebinding b")

def temporaries():
    t = Tracked("local")
    print("leaving function")
temporaries()
print("after function")

class Holder:
    pass

h = Holder()
h.child = Tracked("child")
del h
print("after del holder")

x, y = Tracked("x"), Tracked("y")
x.peer, y.peer = y, x
del x, y
gc.collect()
print("after collect")

def nested_cycle():
    p, q = Tracked("p"), Tracked("q")
    p.peer, q.peer = q, p
nested_cycle()
gc.collect()
print("after nested cycle")

kept = Tracked("kept")
print("end of program")
