async def f():
    async with a as f(): pass
