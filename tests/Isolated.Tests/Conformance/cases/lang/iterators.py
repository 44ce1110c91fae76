class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(OldStyle()), 20 in OldStyle())
print(list(zip(*[(1, "a"), (2, "b")])), list(enumerate("xy")))
print(any([]), all([]), any(x > 2 for x in [1, 3]), sum([1, 2], 10))
print(sorted({3: "c", 1: "a"}), list(reversed([1, 2, 3])), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
