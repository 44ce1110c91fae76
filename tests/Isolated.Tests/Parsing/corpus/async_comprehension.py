async def f():
    a = [x async for x in y]
    b = {x: y async for x, y in z}
    c = (await x for x in y)
    d = [x for x in y async for z in w]
