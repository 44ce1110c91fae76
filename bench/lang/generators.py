# Generators and generator expressions.
def squares(n):
    for i in range(n):
        yield i * i

def run(n):
    total = sum(x for x in squares(n) if x % 3)
    evens = sum(1 for _ in (y for y in range(n) if y % 2 == 0))
    return total, evens

print(run(1_000_000))
