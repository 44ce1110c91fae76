# Iterator protocol: custom iterables vs iterators, __getitem__ fallback, iter(callable, sentinel), reusable ranges, linked iteration.
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


c = Countdown(4)
print(list(c), list(c), list(reversed(c)), sum(c), 3 in c, sorted(c))


class OneShot:
    def __init__(self, data):
        self.data = list(data)
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.data):
            raise StopIteration
        self.i += 1
        return self.data[self.i - 1]


o = OneShot("abc")
print(list(o), list(o), next(OneShot("z")), next(OneShot(""), "default"))


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


print(list(Squares()), 9 in Squares(), list(zip(Squares(), "abcdefg")), iter(Squares()).__class__.__name__)
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
import io
buf = io.StringIO("x" * 10)
print(list(iter(lambda: buf.read(4), "")))


class Node:
    def __init__(self, val, nxt=None):
        self.val, self.nxt = val, nxt

    def __iter__(self):
        node = self
        while node:
            yield node.val
            node = node.nxt


chain = Node(1, Node(2, Node(3)))
print(list(chain), [v * 10 for v in chain], dict(enumerate(chain)))
it = iter([1, 2, 3, 4, 5])
print(next(it), list(zip(it, it)))
r = range(3)
print(list(r), list(r), iter(r) is not iter(r))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return FibIter(self.limit)


class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v

    def __length_hint__(self):
        return 5


print(list(Fib(50)), max(Fib(1000)), list(map(str, Fib(10))))
import operator
print(operator.length_hint(FibIter(3)), operator.length_hint([1, 2]), operator.length_hint(iter(range(7))))
e = enumerate("ab")
print(next(e), list(e), list(enumerate([], 5)))
z = zip([1, 2, 3], "ab")
print(list(z), list(zip()), list(zip("a", strict=True)))
try:
    list(zip([1, 2], "a", strict=True))
except ValueError as e:
    print("ValueError:", e)
m = map(int, "123")
print(next(m), list(m), list(map(pow, [2, 3], [3, 2])))
