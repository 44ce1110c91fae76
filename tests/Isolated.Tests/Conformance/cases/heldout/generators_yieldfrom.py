def countdown(n):
    while n > 0:
        received = yield n
        if received is not None:
            n = received
        else:
            n -= 1
    return "liftoff"

g = countdown(5)
print(next(g), next(g), g.send(10), next(g))
print(list(g))

def delegator():
    result = yield from countdown(3)
    print("delegate returned", result)
    yield result.upper()

print(list(delegator()))

def flatten(items):
    for it in items:
        if isinstance(it, (list, tuple)):
            yield from flatten(it)
        else:
            yield it
print(list(flatten([1, [2, [3, [4, (5, 6)]], 7], [[[[8]]]]])))

def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except GeneratorExit:
            print("averager closing")
            raise
        except ValueError as e:
            print("averager got", repr(e))
            continue
        total += value
        count += 1
        avg = total / count

a = averager()
next(a)
for v in (10, 20, 60):
    print("avg", a.send(v))
print(a.throw(ValueError("bad")))
a.close()
print("closed")
try:
    a.send(1)
except StopIteration:
    print("StopIteration after close")

def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")
g = gen_with_finally()
print(next(g))
g.close()
print("after close")

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
from itertools import islice, takewhile, count
print(list(islice(fib(), 15)), list(takewhile(lambda x: x < 100, fib())))
evens = (x for x in count() if x % 2 == 0)
print([next(evens) for _ in range(5)])

def chunks(seq, n):
    it = iter(seq)
    while chunk := list(islice(it, n)):
        yield chunk
print(list(chunks(range(11), 4)))

def tree_walk(tree, depth=0):
    name, children = tree
    yield depth, name
    for ch in children:
        yield from tree_walk(ch, depth + 1)
t = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b11", [])])])])
for d, n in tree_walk(t):
    print("  " * d + n)

gen = (i * i for i in range(3))
print(gen.__name__, type(gen).__name__, list(gen), list(gen))

def stopper():
    yield 1
    return 99
def wrapper():
    r = yield from stopper()
    yield r
print(list(wrapper()))
def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def inner():
    try:
        yield "a"
        yield "b"
    except KeyError:
        yield "caught in inner"
def outer():
    yield from inner()
    yield "outer done"
o = outer()
print(next(o), o.throw(KeyError("k")), next(o))
print(list(zip(fib(), "abc")), dict(enumerate(islice(fib(), 3, 6), start=1)))

def running_gen():
    yield gen_state()
def gen_state():
    import inspect
    return inspect.getgeneratorstate(rg)
rg = running_gen()
import inspect
print(inspect.getgeneratorstate(rg), next(rg), end=" ")
try:
    next(rg)
except StopIteration:
    pass
print(inspect.getgeneratorstate(rg))
g2 = countdown(2)
print(g2.gi_running, g2.gi_frame is not None, g2.gi_code.co_name)
