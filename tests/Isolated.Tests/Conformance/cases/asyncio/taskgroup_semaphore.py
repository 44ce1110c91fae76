# asyncio.run with TaskGroup, Semaphore limiting concurrency, wait_for timeout, ExceptionGroup from a TaskGroup
import asyncio

active = 0
peak = 0


async def worker(sem, n, results):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.01)
        results.append(n * n)
        active -= 1


async def fails(n):
    await asyncio.sleep(0)
    raise ValueError(f"bad {n}")


async def main():
    sem = asyncio.Semaphore(2)
    results = []
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(worker(sem, n, results)) for n in range(6)]
    print(sorted(results), "peak", peak, [t.done() for t in tasks])

    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except TimeoutError:
        print("wait_for timed out")
    print(await asyncio.wait_for(asyncio.sleep(0, "quick"), timeout=1))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails(1))
            tg.create_task(fails(2))
            tg.create_task(asyncio.sleep(10))
    except* ValueError as eg:
        print("ExceptionGroup:", sorted(str(e) for e in eg.exceptions))

    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("cancelled inside timeout")
            raise
    print("expired:", cm.expired())


try:
    asyncio.run(main())
except TimeoutError:
    print("TimeoutError from asyncio.timeout")
