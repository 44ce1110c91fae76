# Coroutines driven by a hand-written event loop (no asyncio): send/throw, awaitables.
import types
from collections import deque

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield "tick"
        return f"slept {self.ticks}"

@types.coroutine
def yield_once(value):
    received = yield value
    return received

class Loop:
    def __init__(self):
        self.ready = deque()
        self.results = {}
        self.time = 0
    def spawn(self, name, coro):
        self.ready.append((name, coro, None))
    def run(self):
        while self.ready:
            name, coro, value = self.ready.popleft()
            try:
                signal = coro.send(value)
                print(f"  t={self.time} {name} yielded {signal!r}")
                self.ready.append((name, coro, f"resume-{self.time}"))
            except StopIteration as stop:
                print(f"  t={self.time} {name} finished -> {stop.value!r}")
                self.results[name] = stop.value
            self.time += 1

async def worker(n):
    total = 0
    for i in range(n):
        r = await Sleep(1)
        total += i
    got = await yield_once(f"w{n}-done")
    return (total, r, got)

async def failing():
    await Sleep(1)
    raise ValueError("worker failed")

async def catcher():
    try:
        await failing()
    except ValueError as e:
        return f"caught {e}"

loop = Loop()
loop.spawn("a", worker(2))
loop.spawn("b", worker(1))
loop.spawn("c", catcher())
loop.run()
print(sorted(loop.results.items()))

async def simple():
    return 42
c = simple()
print(type(c).__name__, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def waits():
    try:
        await Sleep(3)
    except KeyError as e:
        return f"thrown in: {e}"
w = waits()
print(w.send(None))
print(w.throw(KeyError("injected")) if False else "skip")
try:
    w.throw(KeyError("injected"))
except StopIteration as e:
    print(e.value)

class NotAwaitable:
    pass
async def bad_await():
    await NotAwaitable()
try:
    bad_await().send(None)
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __await__(self):
        return 5
async def bad_iter():
    await BadIter()
try:
    bad_iter().send(None)
except TypeError as e:
    print("TypeError:", e)
co = simple()
co.close()
print("closed coroutine state:", co.cr_frame is None)
async def nested_calls(depth):
    if depth == 0:
        return 0
    return 1 + await nested_calls(depth - 1)
n = nested_calls(50)
try:
    n.send(None)
except StopIteration as e:
    print("depth", e.value)
import inspect
print(inspect.iscoroutinefunction(simple), inspect.iscoroutine(n), inspect.isawaitable(Sleep(1)))
async def agen_like():
    results = []
    for s in [Sleep(0), Sleep(1)]:
        results.append(await s)
    return results
g = agen_like()
while True:
    try:
        g.send(None)
    except StopIteration as e:
        print(e.value)
        break
