# async/await with asyncio: gather, tasks, timeouts, async with / async for, exceptions.
import asyncio

async def compute(name, delay, value):
    await asyncio.sleep(delay)
    return f"{name}={value}"

class AsyncResource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print(f"  open {self.name}")
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, et, ev, tb):
        print(f"  close {self.name} exc={et.__name__ if et else None}")
        return False

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n

async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i

async def main():
    results = await asyncio.gather(compute("a", 0.02, 1), compute("b", 0.01, 2), compute("c", 0, 3))
    print(results)
    async with AsyncResource("db") as r:
        print("  using", r.name)
    try:
        async with AsyncResource("failing"):
            raise RuntimeError("inside")
    except RuntimeError as e:
        print("  propagated", e)
    print([x async for x in Countdown(3)])
    print([x async for x in ticker(4) if x % 2 == 0])
    async for v in ticker(2):
        print("  tick", v)
    task = asyncio.create_task(compute("t", 0, "task"))
    print(await task, task.done(), task.result())
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("  timed out")
    async def boom():
        await asyncio.sleep(0)
        raise KeyError("boom")
    res = await asyncio.gather(boom(), compute("ok", 0, 1), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in res])
    try:
        await asyncio.gather(boom())
    except KeyError as e:
        print("  gather raised", repr(e))
    order = []
    async def producer(q):
        for i in range(3):
            await q.put(i)
            order.append(f"put {i}")
        await q.put(None)
    async def consumer(q):
        while (item := await q.get()) is not None:
            order.append(f"got {item}")
    q = asyncio.Queue(maxsize=1)
    await asyncio.gather(producer(q), consumer(q))
    print(order)
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("  cancelled", t.cancelled())
    lock = asyncio.Lock()
    shared = []
    async def critical(i):
        async with lock:
            shared.append(i)
            await asyncio.sleep(0)
            shared.append(-i)
    await asyncio.gather(*(critical(i) for i in range(1, 4)))
    print(shared)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "event seen"
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await wt)
    return "main done"

print(asyncio.run(main()))
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("  agen finally")
async def use_agen():
    g = agen()
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("  exhausted after aclose")
    g2 = agen()
    print(await anext(g2), await anext(g2), await anext(g2, "default"))
asyncio.run(use_agen())
