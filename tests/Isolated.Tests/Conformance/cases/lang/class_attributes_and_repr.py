class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
for _ in range(3):
    Counter()
print(Counter.instances, Counter().id)
class Default:
    pass
d = Default()
r = repr(d)
print(r.startswith("<__main__.Default object at 0x"), r.endswith(">"))
print(Default.__module__, Default.__name__, type(Default).__name__, Default.__bases__)
print(repr(Default).startswith("<class '__main__.Default'>"), str(int), repr(len))
def func(): pass
print(repr(func).startswith("<function func at 0x"), func.__qualname__, func.__module__)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
