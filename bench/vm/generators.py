def gen(n):
    for i in range(n):
        yield i
def run():
    t = 0
    for v in gen(3_000_000):
        t += v
    return t
print(run())
