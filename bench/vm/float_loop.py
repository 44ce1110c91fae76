def run():
    x = 0.0
    for i in range(3_000_000):
        x = x * 0.5 + i * 1.5
    return x
print(run())
