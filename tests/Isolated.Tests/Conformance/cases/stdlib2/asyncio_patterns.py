import asyncio
import time

log = []

async def worker(name, delay, result):
    log.append(f"start {name}")
    await asyncio.sleep(delay)
    log.append(f"end {name}")
    return result

async def fails(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def ordering():
    order = []
    async def step(tag, n):
        for i in range(n):
            order.append(f"{tag}{i}")
            await asyncio.sleep(0)
    await asyncio.gather(step("a", 3), step("b", 3), step("c", 2))
    return order

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)

async def consumer(q, out):
    while (item := await q.get()) is not None:
        out.append(item * 10)
        q.task_done()
    q.task_done()

async def main():
    results = await asyncio.gather(worker("a", 0.3, 1), worker("b", 0.15, 2), worker("c", 0, 3))
    print("gather", results, log)
    res = await asyncio.gather(worker("x", 0, "ok"), fails("bad"), return_exceptions=True)
    print("gather exc", [repr(r) for r in res])
    try:
        await asyncio.gather(fails("first"), worker("y", 0.01, "late"))
    except ValueError as e:
        print("gather raised", e)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.02)
    except TimeoutError:
        print("wait_for timed out")
    print("wait_for ok", await asyncio.wait_for(worker("w", 0, "fast"), timeout=1))
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout() expired")
    print("ordering", await ordering())
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print("queue", out, q.empty())
    pq = asyncio.PriorityQueue()
    for p in [3, 1, 2]:
        pq.put_nowait((p, f"job{p}"))
    print("priority", [pq.get_nowait() for _ in range(3)])
    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    t = asyncio.create_task(worker("task", 0.01, "done"), name="my-task")
    print("task", t.get_name(), t.done())
    print("task result", await t, t.done(), t.result())
    slow = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    slow.cancel()
    try:
        await slow
    except asyncio.CancelledError:
        print("cancelled", slow.cancelled())
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker("tg1", 0.01, 10))
        t2 = tg.create_task(worker("tg2", 0, 20))
    print("taskgroup", t1.result() + t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails("in group"))
            tg.create_task(asyncio.sleep(1))
    except* ValueError as eg:
        print("taskgroup error", [str(e) for e in eg.exceptions])
    loop = asyncio.get_running_loop()
    val = await loop.run_in_executor(None, sum, [1, 2, 3])
    print("executor", val)
    val = await asyncio.to_thread(lambda: "from thread")
    print("to_thread", val)
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.01, "s")), asyncio.create_task(asyncio.sleep(1, "l"))],
                                       timeout=0.2, return_when=asyncio.FIRST_COMPLETED)
    print("wait", [d.result() for d in done], len(pending))
    for p in pending:
        p.cancel()
    got = [await f for f in asyncio.as_completed([asyncio.sleep(0.02, "slow"), asyncio.sleep(0.01, "quick")])]
    print("as_completed", got)
    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0.01)
        ev.set()
    asyncio.create_task(setter())
    await ev.wait()
    print("event", ev.is_set())
    lock, sem = asyncio.Lock(), asyncio.Semaphore(2)
    async with lock:
        print("locked", lock.locked())
    async def limited(i):
        async with sem:
            await asyncio.sleep(0)
            return i
    print("semaphore", await asyncio.gather(*(limited(i) for i in range(5))))
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "future value")
    print("future", await fut)
    handle = loop.call_later(0.01, lambda: log.append("call_later"))
    await asyncio.sleep(0.03)
    print("call_later", log[-1])
    async def agen():
        for i in range(3):
            yield i
            await asyncio.sleep(0)
    print("async gen", [x async for x in agen()])
    print("shield", await asyncio.shield(worker("sh", 0, "shielded")))
    print("current", asyncio.current_task().get_name() == "Task-1", len(asyncio.all_tasks()) >= 1)
    return "main done"

print(asyncio.run(main()))
async def boom():
    raise KeyError("k")
try:
    asyncio.run(boom())
except KeyError as e:
    print("run raised", e)
coro = worker("z", 0, 0)
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(coro))
coro.close()
runner = asyncio.Runner()
print(runner.run(worker("r", 0, "runner")))
runner.close()
