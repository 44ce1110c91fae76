class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
def run():
    p = P(1, 2)
    t = 0
    for i in range(3_000_000):
        t += p.x + p.y
        p.x = i & 7
    return t
print(run())
