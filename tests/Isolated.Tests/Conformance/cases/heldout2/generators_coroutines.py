# Generator-based pipelines and old-style coroutines: send, throw, close, yield from return values.
import itertools

def reader(lines):
    for line in lines:
        yield line.rstrip("\n")

def grep(pattern, source):
    for line in source:
        if pattern in line:
            yield line

def numbered(source, start=1):
    yield from zip(itertools.count(start), source)

log = ["INFO start\n", "ERROR disk full\n", "INFO retry\n", "ERROR disk still full\n", "WARN slow\n"]
for n, line in numbered(grep("ERROR", reader(log))):
    print(n, line)

def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  averager reset because", e)
            total = count = 0
            avg = None
            continue
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count

a = averager()
print(next(a), a.send(10), a.send(20), a.send(60))
print(a.throw(ValueError("bad data")))
print(a.send(5))
try:
    a.send(None)
except StopIteration as e:
    print("returned", e.value)

def delegator(results):
    while True:
        result = yield from averager()
        results.append(result)

results = []
d = delegator(results)
next(d)
for v in [1, 2, 3, None, 10, None]:
    d.send(v)
print(results)

def closing_gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
    finally:
        print("  finally in generator")

g = closing_gen()
print(next(g))
g.close()
print(g.gi_frame is None, list(g))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "no!"
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 15)), sum(itertools.takewhile(lambda x: x < 4_000_000, filter(lambda x: x % 2 == 0, fib()))))
gen = (x * x for x in range(5))
print(type(gen).__name__, 16 in gen, list(gen))
def inner():
    x = yield "inner-first"
    return f"inner got {x}"
def outer():
    r = yield from inner()
    yield r
o = outer()
print(next(o), o.send("hello"))
def raiser():
    yield 1
    raise StopIteration("explicit")
try:
    list(raiser())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
import inspect
g2 = fib()
print(inspect.getgeneratorstate(g2), next(g2), inspect.getgeneratorstate(g2))
g2.close()
print(inspect.getgeneratorstate(g2))
