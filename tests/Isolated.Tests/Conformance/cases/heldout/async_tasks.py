import asyncio

async def fetch(name, delay, results):
    await asyncio.sleep(delay)
    results.append(name)
    return f"{name} done after {delay}"

async def worker(name, queue, out):
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            break
        out.append((name, item * item))
        await asyncio.sleep(0)
        queue.task_done()

async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)

class AsyncResource:
    async def __aenter__(self):
        print("acquire")
        return self
    async def __aexit__(self, *exc):
        print("release", exc[0].__name__ if exc[0] else None)
        return False

async def failing(n):
    await asyncio.sleep(0.001 * n)
    raise ValueError(f"fail {n}")

async def main():
    order = []
    res = await asyncio.gather(fetch("a", 0.3, order), fetch("b", 0.1, order), fetch("c", 0.2, order))
    print(res, order)
    q = asyncio.Queue()
    out = []
    workers = [asyncio.create_task(worker(f"w{i}", q, out)) for i in range(3)]
    for i in range(9):
        await q.put(i)
    for _ in workers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*workers)
    print(sorted(v for _, v in out), len(out))
    print([i async for i in ticker(5)], [i * 2 async for i in ticker(3) if i])
    async with AsyncResource() as r:
        print("inside", type(r).__name__)
    try:
        async with AsyncResource():
            raise KeyError("k")
    except KeyError:
        print("KeyError propagated")
    results = await asyncio.gather(failing(1), fetch("ok", 0, []), return_exceptions=True)
    print([repr(r) for r in results])
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]
    async def limited(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.005)
            active.remove(i)
            return i
    print(await asyncio.gather(*(limited(i) for i in range(6))), "peak", peak[0])
    async def producer(n):
        for i in range(n):
            yield i
    total = 0
    async for v in producer(5):
        total += v
    print("total", total)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "event seen"
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await wt)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing(1))
            tg.create_task(failing(900))
    except* ValueError as eg:
        print("group:", sorted(str(e) for e in eg.exceptions))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    print("future", await fut)
    return "main finished"

print(asyncio.run(main()))
async def simple():
    return 7
coro = simple()
print(type(coro).__name__)
print(asyncio.run(coro))
