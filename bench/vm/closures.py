def make(k):
    def add(x):
        return x + k
    return add
def run():
    f = make(3)
    t = 0
    for i in range(3_000_000):
        t = f(t) & 0xFFFF
    return t
print(run())
