async def f():
    await x
    await x.y()
    a = await b ** 2
    return [await z for z in w]
