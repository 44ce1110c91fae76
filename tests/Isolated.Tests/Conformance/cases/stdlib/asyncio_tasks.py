# asyncio: gather, create_task, queues producer/consumer, timeouts, cancellation, async generators and context managers.
import asyncio


async def fetch(name, delay, result):
    await asyncio.sleep(delay)
    return f"{name}:{result}"


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)


async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        out.append(item * item)


async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


class Resource:
    def __init__(self, log):
        self.log = log

    async def __aenter__(self):
        self.log.append("open")
        return self

    async def __aexit__(self, et, ev, tb):
        self.log.append(f"close {et.__name__ if et else None}")
        return False


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise


async def main():
    results = await asyncio.gather(fetch("a", 0.02, 1), fetch("b", 0.01, 2), fetch("c", 0, 3))
    print(results)
    t1 = asyncio.create_task(fetch("t1", 0.01, "x"), name="first")
    t2 = asyncio.create_task(fetch("t2", 0, "y"))
    print(await t2, await t1, t1.get_name(), t1.done())
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print(out, q.empty())
    print([i async for i in ticker(4)])
    log = []
    async with Resource(log):
        log.append("using")
    try:
        async with Resource(log):
            raise KeyError("k")
    except KeyError:
        log.append("caught")
    print(log)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except TimeoutError:
        print("wait_for timed out")
    task = asyncio.create_task(slow())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.cancelled())
    res = await asyncio.gather(fetch("ok", 0, 1), asyncio.sleep(0, result="slept"), return_exceptions=True)
    print(res)

    async def boom():
        raise ValueError("bad")
    res = await asyncio.gather(boom(), fetch("fine", 0, 2), return_exceptions=True)
    print([repr(r) for r in res])
    done, pending = await asyncio.wait([asyncio.create_task(fetch(str(i), i / 100, i)) for i in range(3)])
    print(sorted(t.result() for t in done), len(pending))
    sem = asyncio.Semaphore(2)
    active = []
    peak = []

    async def limited(i):
        async with sem:
            active.append(i)
            peak.append(len(active))
            await asyncio.sleep(0.001)
            active.remove(i)
    await asyncio.gather(*(limited(i) for i in range(6)))
    print("peak concurrency", max(peak))
    ev = asyncio.Event()

    async def waiter():
        await ev.wait()
        return "event seen"
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await w)
    async with asyncio.timeout(1):
        print(await fetch("in-timeout", 0, "ok"))
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(fetch("g1", 0, 1))
        b = tg.create_task(fetch("g2", 0, 2))
    print(a.result(), b.result())
    return "main done"


print(asyncio.run(main()))
