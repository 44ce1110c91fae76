# Destructors as tutorials show them: CPython runs __del__ (and a suspended generator's
# finally) the moment the last reference goes.
class Employee:
    def __init__(self, name):
        self.name = name
        print("Employee created:", name)
    def __del__(self):
        print("Destructor called, Employee deleted:", self.name)

obj = Employee("ann")
del obj
print("after del")

def make_temp():
    t = Employee("temp")
    print("in function")
make_temp()
print("after function")

e = Employee("bob")
e = None
print("after rebinding")

def read_items():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator cleanup")
for x in read_items():
    if x == 2:
        break
print("after loop")

import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("collected node", self.name)
a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
print("cycle unreachable")
gc.collect()
print("after collect")
last = Employee("last")
print("end of program")
