# Push-based coroutine pipelines (send), a grep/filter/sink chain, a running-statistics coroutine, and close/GeneratorExit.
def coroutine(fn):
    def start(*args, **kwargs):
        g = fn(*args, **kwargs)
        next(g)
        return g
    return start


@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)


@coroutine
def upper(target):
    while True:
        target.send((yield).upper())


@coroutine
def sink(store):
    try:
        while True:
            store.append((yield))
    except GeneratorExit:
        store.append("<closed>")


@coroutine
def stats():
    n = total = 0
    mx = None
    result = None
    while True:
        x = yield result
        n += 1
        total += x
        mx = x if mx is None else max(mx, x)
        result = (n, total / n, mx)


out = []
s = sink(out)
pipeline = grep("py", upper(s))
for line in ["python is fun", "java", "pypy too", "rust", "happy"]:
    pipeline.send(line)
s.close()
print(out)
st = stats()
print([st.send(x) for x in [4, 8, 15, 16, 23, 42]])


@coroutine
def broadcaster(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)


a, b = [], []
bc = broadcaster([sink(a), grep("x", sink(b))])
for w in ["ax", "b", "xy"]:
    bc.send(w)
print(a, b)


def tracked():
    try:
        yield 1
        yield 2
    finally:
        print("tracked finalised")


g = tracked()
print(next(g))
g.close()
print(g.gi_running, list(g))


def ignoring_close():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


g2 = ignoring_close()
next(g2)
try:
    g2.close()
except RuntimeError as e:
    print("RuntimeError:", e)
