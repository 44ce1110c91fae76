# Async generators and async comprehensions, driven both by asyncio and by hand.
import asyncio

async def countdown(n):
    while n > 0:
        yield n
        n -= 1
        await asyncio.sleep(0)
    return

async def echo_agen():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    finally:
        print("  echo_agen closing with", received)

async def main():
    print([x async for x in countdown(4)])
    print({x: x * x async for x in countdown(3)})
    print({x % 2 async for x in countdown(5)})
    print([x async for x in countdown(6) if x % 2 if x > 1])
    print([(x, y) async for x in countdown(2) for y in "ab"])
    g = (x * 10 async for x in countdown(3))
    print(type(g).__name__, [v async for v in g])
    async def doubled(agen):
        async for v in agen:
            yield v * 2
    print([v async for v in doubled(countdown(3))])
    e = echo_agen()
    print(await e.asend(None), await e.asend("a"), await e.asend("b"))
    await e.aclose()
    e2 = echo_agen()
    await e2.asend(None)
    try:
        await e2.athrow(ValueError("thrown"))
    except ValueError as err:
        print("  athrow propagated:", err)
    print([await asyncio.sleep(0, result=i) for i in range(3)])
    results = [await c for c in [asyncio.sleep(0, "x"), asyncio.sleep(0, "y")]]
    print(results)
    agen = countdown(2)
    print(agen.__aiter__() is agen, type(agen).__name__, agen.__name__, agen.__qualname__)
    it = aiter(countdown(2))
    print(await anext(it), await anext(it), await anext(it, "exhausted"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("  StopAsyncIteration")

asyncio.run(main())

def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def gen_no_await():
    for i in range(3):
        yield i

async def collect():
    return [i async for i in gen_no_await()]
print(drive(collect()))

async def agen_return_value():
    yield 1
try:
    exec("async def bad():\n    yield 1\n    return 5\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("def sync():\n    return [x async for x in y]\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
import inspect
print(inspect.isasyncgenfunction(countdown), inspect.isasyncgen(countdown(1)), inspect.iscoroutinefunction(countdown))
async def finalize_check():
    g = countdown(5)
    async for v in g:
        if v == 4:
            break
    await g.aclose()
    return "closed after break"
print(asyncio.run(finalize_check()))
