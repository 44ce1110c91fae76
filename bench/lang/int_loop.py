# A loop of small-int arithmetic: no allocation should happen here.
def run(n):
    s = 0
    for i in range(n):
        s += i * 2 % 7
    return s

print(run(5_000_000))
