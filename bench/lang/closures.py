# Closures: creating them and calling through cells.
def make_adder(k):
    def add(x):
        return x + k
    return add

def run(n):
    total = 0
    adders = [make_adder(k) for k in range(10)]
    for i in range(n):
        total = adders[i % 10](total) % 1_000_003
    return total

print(run(1_000_000))
