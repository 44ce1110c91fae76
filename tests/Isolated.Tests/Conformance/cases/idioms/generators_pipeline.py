def read_lines(text):
    for line in text.strip().splitlines():
        yield line.strip()

def parse(lines):
    for line in lines:
        if not line or line.startswith("#"):
            continue
        name, qty, price = line.split(",")
        yield name, int(qty), float(price)

def totals(rows):
    for name, qty, price in rows:
        yield name, qty * price

data = """
# name,qty,price
apple,3,0.5
pear,2,0.75

banana,12,0.25
cherry,100,0.1
"""
result = list(totals(parse(read_lines(data))))
for name, total in result:
    print(f"{name:<8}{total:>8.2f}")
print("sum:", round(sum(t for _, t in result), 2))

def countdown(n):
    while n > 0:
        received = yield n
        if received is not None:
            n = received
        else:
            n -= 1

g = countdown(5)
print(next(g), next(g), g.send(10), next(g))
g.close()
try:
    next(g)
except StopIteration:
    print("closed")

def chain(*its):
    for it in its:
        yield from it

print(list(chain("ab", [1, 2], range(3))))

def gen_with_return():
    yield 1
    return "done"

def delegator():
    r = yield from gen_with_return()
    yield r

print(list(delegator()))
squares = (x * x for x in range(10) if x % 3)
print(sum(squares), list(squares))
