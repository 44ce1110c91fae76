# Coroutines and async generators suspended in try/finally are closed when dropped; an async
# generator goes to the sys.set_asyncgen_hooks finalizer when one is set (asyncio's).
import gc
import sys
import types

@types.coroutine
def suspend():
    yield "suspended"

async def coro():
    try:
        await suspend()
    finally:
        print("coroutine finally")

c = coro()
print(c.send(None))
del c
gc.collect()
print("after coroutine")

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("async generator finally")

def run_step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

a = agen()
print(run_step(a.__anext__()))
del a
gc.collect()
print("after async generator without hooks")

finalized = []
def finalizer(ag):
    finalized.append(ag.__name__)
    closer = ag.aclose()
    run_step(closer)

def firstiter(ag):
    pass

sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
a2 = agen()
print(run_step(a2.__anext__()))
del a2
gc.collect()
print("hook saw:", finalized)
sys.set_asyncgen_hooks(firstiter=None, finalizer=None)

import asyncio

async def ticker():
    try:
        for i in range(5):
            yield i
            await asyncio.sleep(0)
    finally:
        print("ticker cleaned up")

async def main():
    async for v in ticker():
        if v == 1:
            break
    print("loop left")
    await asyncio.sleep(0)
    await asyncio.sleep(0)

asyncio.run(main())
print("done")
