# A generator suspended inside try/finally or with is closed when dropped: its finally and
# __exit__ run (GeneratorExit thrown in), as CPython does when the last reference goes.
import contextlib
import gc

def numbers(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print("finally of", tag)

for x in numbers("loop-break"):
    if x == 2:
        break
print("after break")

def first_two():
    for x in numbers("loop-return"):
        if x == 1:
            return x
print("returned", first_two())

g = numbers("del")
print(next(g), next(g))
del g
print("after del")

g2 = numbers("rebind")
next(g2)
g2 = None
print("after rebind")

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)

def with_block():
    with Resource("r1"):
        yield "a"
        yield "b"

w = with_block()
print(next(w))
del w
print("after with generator")

def catches():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise

c = catches()
next(c)
del c
print("after catches")

def no_handler():
    yield 1
    print("never")
n = no_handler()
next(n)
del n
gc.collect()
print("after no-handler generator")

@contextlib.contextmanager
def managed(name):
    print("setup", name)
    try:
        yield name
    finally:
        print("teardown", name)

cm = managed("cm")
print("entered", cm.__enter__())
del cm
gc.collect()
print("after contextmanager")

def unstarted():
    try:
        yield 1
    finally:
        print("never runs: never started")
u = unstarted()
del u
gc.collect()
print("done")
