# An async service author's program: asyncio streams over loopback, subprocesses, contextvars,
# executors, async generators, shield, Barrier/Condition and the priority/LIFO queues, Runner.
import asyncio, sys, contextvars, functools
request_id = contextvars.ContextVar("request_id", default="-")
async def handle(reader, writer):
    data = await reader.readline()
    request_id.set(data.decode().strip())
    writer.write(f"echo {data.decode().strip()} rid={request_id.get()}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()
async def client(port, msg):
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(msg.encode() + b"\n")
    await w.drain()
    line = await r.readline()
    w.close()
    await w.wait_closed()
    return line.decode().strip()
async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        print(sorted(await asyncio.gather(*(client(port, f"m{i}") for i in range(3)))))
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", "import sys; print(sys.stdin.read().upper())",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate(b"hello sub")
    print(out, proc.returncode)
    p2 = await asyncio.create_subprocess_shell("echo shell; exit 3", stdout=asyncio.subprocess.PIPE)
    print(await p2.stdout.read(), await p2.wait())
    print(request_id.get())
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "in-ctx")
    print(ctx[request_id], request_id.get())
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, functools.partial(sum, [1, 2, 3])))
    async def agen():
        for i in range(3):
            yield i
            await asyncio.sleep(0)
    print([i async for i in agen()], await anext(aiter(agen())))
    try:
        await asyncio.wait_for(asyncio.shield(asyncio.sleep(0.5)), 0.01)
    except TimeoutError:
        print("shield timeout")
    b = asyncio.Barrier(2) if hasattr(asyncio, "Barrier") else None
    async def part(i):
        await b.wait()
        return i
    print(await asyncio.gather(part(1), part(2)))
    c = asyncio.Condition()
    async def waiter():
        async with c:
            await c.wait_for(lambda: flag)
            return "woken"
    flag = False
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    async with c:
        flag = True
        c.notify_all()
    print(await t)
    pq = asyncio.PriorityQueue()
    for x in [3, 1, 2]: await pq.put(x)
    print([await pq.get() for _ in range(3)])
    lq = asyncio.LifoQueue(); await lq.put(1); await lq.put(2); print(await lq.get())
    try:
        asyncio.Queue(1).put_nowait(1) ; q = asyncio.Queue(1); q.put_nowait(1); q.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull")
    async def failing():
        raise ValueError("x")
    t = asyncio.create_task(failing(), name="failer")
    await asyncio.sleep(0)
    print(t.get_name(), t.done(), repr(t.exception()))
    print(asyncio.iscoroutinefunction(failing), asyncio.iscoroutine(failing().__await__) if False else "")
asyncio.run(main())
print(asyncio.run(asyncio.sleep(0, result="res")))
runner = asyncio.Runner()
with runner:
    print(runner.run(asyncio.sleep(0, "r1")), runner.run(asyncio.sleep(0, "r2")))
