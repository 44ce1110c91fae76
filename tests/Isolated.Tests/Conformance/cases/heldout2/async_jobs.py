# An asyncio user: gather, wait_for, Queue workers, TaskGroup, timeout, Event, Semaphore, cancellation.
import asyncio

order = []

async def fetch(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name} failed")
    order.append(name)
    return f"{name}:{delay}"

async def worker(wid, q, results, sem):
    while True:
        item = await q.get()
        try:
            async with sem:
                await asyncio.sleep(0.001 * (item % 3))
                results.append((item, item * item))
        finally:
            q.task_done()

async def ticker(event, n):
    for i in range(n):
        await asyncio.sleep(0)
    event.set()

async def main():
    res = await asyncio.gather(fetch("a", 0.2), fetch("b", 0.1), fetch("c", 0))   # far apart: under load a 10 ms gap reordered them
    print("gather:", res, "completion order:", order)
    res = await asyncio.gather(fetch("x", 0), fetch("y", 0, fail=True), return_exceptions=True)
    print("with exceptions:", [repr(r) for r in res])
    try:
        await asyncio.wait_for(fetch("slow", 5), timeout=0.05)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout() context expired")

    q = asyncio.Queue(maxsize=4)
    results = []
    sem = asyncio.Semaphore(2)
    workers = [asyncio.create_task(worker(i, q, results, sem)) for i in range(3)]
    for i in range(10):
        await q.put(i)
    await q.join()
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    print("queue results:", sorted(results)[:4], len(results), [type(o).__name__ for o in outcome])

    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(fetch("tg1", 0))
            t2 = tg.create_task(fetch("tg2", 0.01, fail=True))
            t3 = tg.create_task(fetch("tg3", 1))
    except* ConnectionError as eg:
        print("TaskGroup failed:", [str(e) for e in eg.exceptions], t1.result(), t3.cancelled())

    ev = asyncio.Event()
    asyncio.create_task(ticker(ev, 5))
    print("event set:", await ev.wait(), ev.is_set())

    done, pending = await asyncio.wait([asyncio.create_task(fetch(f"w{i}", i * 1.0)) for i in range(3)], return_when=asyncio.FIRST_COMPLETED)
    print("wait FIRST_COMPLETED:", sorted(t.result() for t in done), len(pending))
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)

    async def countdown(n):
        while n:
            yield n
            n -= 1
            await asyncio.sleep(0)
    print("async gen:", [x async for x in countdown(4)])
    lock = asyncio.Lock()
    counter = 0
    async def incr():
        nonlocal counter
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1
    await asyncio.gather(*(incr() for _ in range(20)))
    print("counter under lock:", counter)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "future done")
    print(await fut)
    r = await asyncio.to_thread(sum, range(100))
    print("to_thread:", r)
    for coro in asyncio.as_completed([fetch("p", 0.02), fetch("q", 0.0)]):
        print("as_completed:", await coro)
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled:", t.cancelled(), t.done())
    return "main finished"

print(asyncio.run(main()))
