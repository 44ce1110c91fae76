"""asyncio synchronisation and executors: Condition, Barrier, bounded queues with timeouts, run_in_executor
with a ThreadPoolExecutor, to_thread, call_soon_threadsafe from a thread, and sleep(0) ordering."""
import asyncio
import concurrent.futures
import threading
import time

async def condition_demo():
    cond = asyncio.Condition()
    items, got = [], []
    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            got.append((name, items.pop(0)))
    consumers = [asyncio.create_task(consumer(f"c{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        async with cond:
            items.append(i)
            cond.notify(1)
        await asyncio.sleep(0)
    await asyncio.gather(*consumers)
    return sorted(got)

async def barrier_demo():
    barrier = asyncio.Barrier(3)
    order = []
    async def party(i):
        order.append(f"before{i}")
        await barrier.wait()
        order.append(f"after{i}")
    await asyncio.gather(*(party(i) for i in range(3)))
    return order[:3], sorted(order[3:])

async def queue_timeouts():
    q = asyncio.Queue(maxsize=1)
    await q.put("first")
    try:
        await asyncio.wait_for(q.put("second"), timeout=0.01)
    except TimeoutError:
        result = ["put timed out"]
    result.append(q.full())
    result.append(await q.get())
    try:
        await asyncio.wait_for(q.get(), timeout=0.01)
    except TimeoutError:
        result.append("get timed out")
    return result

def blocking_work(n):
    time.sleep(0.01)
    return sum(range(n)), threading.current_thread().name.startswith("worker")

async def executors():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="worker") as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, blocking_work, n) for n in (10, 100, 1000)))
    default = await loop.run_in_executor(None, blocking_work, 5)
    t = await asyncio.to_thread(blocking_work, 3)
    return results, default[0], t[0]

async def threadsafe():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    def from_thread():
        time.sleep(0.01)
        loop.call_soon_threadsafe(fut.set_result, "set from thread")
    threading.Thread(target=from_thread).start()
    value = await fut
    cf = asyncio.run_coroutine_threadsafe(asyncio.sleep(0, "coroutine from thread"), loop)
    return value, await asyncio.wrap_future(cf)

async def ordering():
    log = []
    async def a():
        log.append("a1"); await asyncio.sleep(0); log.append("a2"); await asyncio.sleep(0); log.append("a3")
    async def b():
        log.append("b1"); await asyncio.sleep(0); log.append("b2")
    loop = asyncio.get_running_loop()
    loop.call_soon(log.append, "soon")
    await asyncio.gather(a(), b())
    return log

async def main():
    print("condition", await condition_demo())
    print("barrier", await barrier_demo())
    print("queue", await queue_timeouts())
    print("executors", await executors())
    print("threadsafe", await threadsafe())
    print("ordering", await ordering())
    sem = asyncio.BoundedSemaphore(1)
    async with sem:
        pass
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
