# asyncio.Queue, Event, Lock, Semaphore, streams over a localhost server.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)

    async def producer():
        for i in range(5):
            await q.put(i)
        await q.put(None)

    async def consumer():
        out = []
        while (item := await q.get()) is not None:
            out.append(item)
        return out

    print(await asyncio.gather(producer(), consumer()))
    event = asyncio.Event()

    async def waiter(name):
        await event.wait()
        return name

    tasks = [asyncio.create_task(waiter(n)) for n in "abc"]
    await asyncio.sleep(0)
    event.set()
    print(await asyncio.gather(*tasks))
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(2)
    # Peak concurrency, not a snapshot: a snapshot depends on how the timers' wake-ups fall
    # into loop iterations on a loaded machine.
    counts = {"active": 0, "peak": 0}

    async def limited(i):
        async with sem:
            counts["active"] += 1
            counts["peak"] = max(counts["peak"], counts["active"])
            await asyncio.sleep(0.01)
            async with lock:
                counts["active"] -= 1
        return i

    print(sorted(await asyncio.gather(*(limited(i) for i in range(4)))), counts["peak"])

    async def handle(reader, writer):
        line = await reader.readline()
        writer.write(line.upper())
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hello streams\n")
    await writer.drain()
    print(await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
