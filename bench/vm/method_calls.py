class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by):
        self.n += by
        return self.n
def run():
    c = Counter()
    for i in range(2_000_000):
        c.inc(1)
    return c.n
print(run())
