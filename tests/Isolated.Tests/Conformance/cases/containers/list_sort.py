# list.sort / sorted: stability, key, reverse, errors
records = [("bob", 3), ("alice", 1), ("carol", 3), ("dave", 1), ("eve", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len))
print(sorted(words, key=str.upper, reverse=True))
nums = [3.5, -1, 2, 0.25, 7, -3.75]
nums.sort(); print(nums)
print(sorted(range(20), key=lambda x: (x % 3, -x)))
print(sorted("hello world"))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
try:
    [1, 2].sort(1)
except TypeError as e:
    print(e)
try:
    sorted([1, 2], cmp=1)
except TypeError as e:
    print(e)
class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v > other.v
    def __repr__(self): return f"Rev({self.v})"
print(sorted([Rev(1), Rev(3), Rev(2)]))
l = [3, 2, 1]
def evil(x):
    l.append(x)
    return x
try:
    l.sort(key=evil)
except ValueError as e:
    print(e, l)
big = [(i * 7919) % 1000 for i in range(2000)]
s = sorted(big)
print(s[:5], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
stable = sorted([(i % 5, i) for i in range(50)], key=lambda t: t[0])
print(stable[:12])
print(sorted([[3, 1], [2], [3, 0]]), sorted({3: 1, 1: 2}), sorted((1,)), sorted([]))
