def run():
    n = 0
    for i in range(500_000):
        try:
            raise ValueError(i)
        except ValueError:
            n += 1
    return n
print(run())
