# Attribute reads and writes on instances of a plain class.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def run(n):
    p = Point(1, 2)
    acc = 0
    for i in range(n):
        p.x = p.y + i
        acc += p.x - p.y
    return acc

print(run(2_000_000))
