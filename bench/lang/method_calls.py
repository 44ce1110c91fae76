# Method calls on instances, including one through a subclass.
class Counter:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k
        return self

class Loud(Counter):
    def add(self, k):
        return Counter.add(self, k * 2)

def run(n):
    a, b = Counter(), Loud()
    for i in range(n):
        a.add(i)
        b.add(1)
    return a.n + b.n

print(run(1_000_000))
