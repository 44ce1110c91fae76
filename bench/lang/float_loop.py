# Float arithmetic in a loop (a numeric integration).
def integrate(n):
    h = 1.0 / n
    total = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        total += 4.0 / (1.0 + x * x)
    return total * h

print(round(integrate(2_000_000), 10))
