# Generators: send/throw/close, yield from with return values, coroutine-style accumulators, generator expressions, lazy pipelines.
def averager():
    total, count, avg = 0.0, 0, None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)


def delegator(results):
    while True:
        result = yield from averager()
        results.append(result)


results = []
d = delegator(results)
next(d)
for v in [10, 20, 30]:
    print("avg", d.send(v))
d.send(None)
for v in [1, 2]:
    d.send(v)
d.send(None)
print(results)


def guarded():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
    finally:
        print("cleanup")


g = guarded()
next(g)
g.send(1)
g.throw(ValueError("oops"))
g.send(2)
g.close()
print(g.gi_frame is None)
try:
    g.send(3)
except StopIteration:
    print("StopIteration after close")


def countdown(n):
    while n > 0:
        received = yield n
        n = received if received is not None else n - 1


c = countdown(5)
print(next(c), next(c), c.send(10), next(c))


def read_lines(text):
    for line in text.splitlines():
        yield line


def parse(lines):
    for line in lines:
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            yield key.strip(), value.strip()


def typed(pairs):
    for k, v in pairs:
        if v.isdigit():
            v = int(v)
        elif v.lower() in ("true", "false"):
            v = v.lower() == "true"
        yield k, v


CFG = "# config\nname = demo\nport = 8080\n\ndebug = True\nratio = 0.5\n"
print(dict(typed(parse(read_lines(CFG)))))


def chunked(it, n):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


print(list(chunked(range(7), 3)), list(chunked([], 2)))


def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x


print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))


def gen_return():
    yield 1
    return "done"


g = gen_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value)
squares = (x * x for x in range(10) if x % 2)
print(next(squares), list(squares), list(squares))
print(sum(x for x in range(101)), max((len(w), w) for w in "a bb ccc dd".split()), any(x > 3 for x in [1, 5]))


def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    return x + y


def outer():
    r = yield from inner()
    print("inner returned", r)
    yield r * 10


o = outer()
print(next(o), o.send(5), o.send(7))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


import itertools
print(list(itertools.islice(fib(), 15)), list(itertools.takewhile(lambda x: x < 100, fib()))[-1])
gen = (i for i in range(3))
print(type(gen).__name__, gen.__name__, iter(gen) is gen)


def raising():
    yield 1
    raise KeyError("inside")


try:
    list(raising())
except KeyError as e:
    print("KeyError", e)


def stop_inside():
    yield 1
    raise StopIteration


try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)
