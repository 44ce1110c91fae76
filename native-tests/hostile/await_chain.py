# expect: RecursionError
class Ready:
    def __await__(self):
        yield
        return 1
async def wrap(inner):
    return await inner
c = Ready()
for _ in range(100000):
    c = wrap(c)
c.send(None)
