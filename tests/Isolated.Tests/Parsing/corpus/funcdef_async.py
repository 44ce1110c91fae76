async def f():
    async for x in y:
        pass
    async with a as b:
        pass
    async for x in y:
        pass
    else:
        pass
