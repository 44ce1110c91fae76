# asyncio timeouts (wait_for, asyncio.timeout) and cancellation.
import asyncio


async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.02)
    except TimeoutError:
        print("wait_for timed out")
    print(await asyncio.wait_for(asyncio.sleep(0, "fast"), 1))
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout block")

    cleanup = []

    async def sleeper():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            cleanup.append("cancelled inside")
            raise

    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled(), cleanup)
    shielded = asyncio.create_task(asyncio.sleep(0.01, "shielded"))
    try:
        await asyncio.wait_for(asyncio.shield(shielded), 0.001)
    except TimeoutError:
        print("outer timed out")
    print(await shielded)
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.01, 1)), asyncio.create_task(asyncio.sleep(1, 2))], timeout=0.1)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()


asyncio.run(main())
