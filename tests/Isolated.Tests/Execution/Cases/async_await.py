class Future:
    def __init__(self):
        self.result = None
    def __await__(self):
        value = yield self
        return value
async def compute(x):
    v = await Future()
    return x + v
async def main():
    total = 0
    for i in range(3):
        total += await compute(i)
    return total
def run(coro):
    value = None
    while True:
        try:
            fut = coro.send(value)
        except StopIteration as e:
            return e.value
        value = 10
print(run(main()))
async def agen(n):
    for i in range(n):
        await Future()
        yield i * 2
async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
print(run(consume()))
class AsyncCtx:
    async def __aenter__(self):
        print('aenter')
        return 'ctx'
    async def __aexit__(self, *a):
        print('aexit')
async def use_ctx():
    async with AsyncCtx() as c:
        print('inside', c)
    return 'done'
print(run(use_ctx()))
async def simple():
    return 5
c = simple()
print(type(c).__name__)
print(run(c))
