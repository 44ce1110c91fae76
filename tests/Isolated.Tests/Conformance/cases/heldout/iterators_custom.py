class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.start + 1))
    def __len__(self):
        return self.start

class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v

class Squares:
    def __getitem__(self, i):
        if i >= 6:
            raise IndexError(i)
        return i * i

class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def __iter__(self):
        return ((x, y) for y in range(self.h) for x in range(self.w))
    def __contains__(self, p):
        print("contains called", p)
        return 0 <= p[0] < self.w and 0 <= p[1] < self.h

print(list(Countdown(5)), list(reversed(Countdown(3))), len(Countdown(4)), sorted(Countdown(4)))
f = Fib(100)
print(list(f), list(f), next(iter(Fib(5))))
print(list(Squares()), 16 in Squares(), 17 in Squares(), list(enumerate(Squares())))
it = iter(Squares())
print(next(it), next(it), list(it))
r = Range2D(3, 2)
print(list(r), (1, 1) in r, (5, 0) in r, max(r), dict.fromkeys(r, 0) == {p: 0 for p in r})
a, b, *rest = Countdown(6)
print(a, b, rest)
print(sum(Fib(1000)), any(x > 500 for x in Fib(1000)), all(x < 2000 for x in Fib(1000)), min(Fib(50), key=lambda v: abs(v - 20)))
print(list(map(lambda x, y: x * y, Countdown(3), Squares())), list(filter(None, Fib(10))), list(zip(Countdown(3), Fib(10))))
def take(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]
print(take(4, Fib(10 ** 9)), "".join(map(str, Countdown(9))))
sentinel_iter = iter([1, 2, 0, 3].pop, 0)
print(list(sentinel_iter))
data = iter(["a", "b", "STOP", "c"])
print(list(iter(lambda: next(data), "STOP")))
class Cycle:
    def __init__(self, items):
        self.items = items
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        v = self.items[self.i % len(self.items)]
        self.i += 1
        return v
c = Cycle("xyz")
print([next(c) for _ in range(7)], next(c, "unused"))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.value)
e = iter([1])
print(next(e), next(e, "default"))
class NotIterable:
    pass
try:
    for _ in NotIterable():
        pass
except TypeError as ex:
    print("TypeError:", ex)
try:
    iter(5)
except TypeError as ex:
    print("TypeError:", ex)
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as ex:
    print("TypeError:", ex)
d = {"a": 1, "b": 2}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as ex:
    print("RuntimeError:", ex)
lst = [1, 2, 3, 4]
for x in lst:
    if x == 2:
        lst.remove(x)
print(lst)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as ex:
    print("RuntimeError:", ex)
