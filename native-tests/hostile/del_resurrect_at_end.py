# expect: ok
# valgrind: run
# Finalisers that resurrect their object into globals (and into a list that keeps growing)
# when the interpreter ends: Py_EndInterpreter must still finish.
import builtins
keep = []
class Zombie:
    def __del__(self):
        global last
        last = self
        keep.append(self)
        builtins.zombie = self
        Zombie()
for i in range(100):
    z = Zombie()
class Cycle:
    def __init__(self):
        self.me = self
    def __del__(self):
        keep.append(self)
for i in range(1000):
    Cycle()
