# asyncio.run, gather order, create_task, exceptions in tasks, call_soon/call_later, executors.
import asyncio


async def work(n, delay, log):
    await asyncio.sleep(delay)
    log.append(n)
    return n * 2


async def boom():
    await asyncio.sleep(0)
    raise ValueError("bad task")


async def main():
    log = []
    print(await asyncio.gather(work(1, 0.3, log), work(2, 0.1, log), work(3, 0, log)))
    print(log)
    task = asyncio.create_task(work(5, 0, log))
    print(await task, task.done(), task.result())
    print(await asyncio.gather(boom(), work(6, 0, log), return_exceptions=True))
    try:
        await asyncio.gather(boom())
    except ValueError as e:
        print("caught", e)
    loop = asyncio.get_running_loop()
    order = []
    loop.call_soon(order.append, "soon")
    loop.call_later(0.01, order.append, "later")
    fut = loop.create_future()
    loop.call_later(0.02, fut.set_result, "done")
    print(await fut, order)
    print(await loop.run_in_executor(None, sum, [1, 2, 3]))


asyncio.run(main())
