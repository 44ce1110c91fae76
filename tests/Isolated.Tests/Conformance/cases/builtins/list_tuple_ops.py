# list and tuple: methods, slicing assignment, sort stability with key/reverse, comparisons, errors.
def check(src, env=None):
    try:
        r = eval(src, env if env is not None else globals())
    except Exception as e:
        print(f"{src} !! {type(e).__name__}: {e}")
    else:
        print(f"{src} -> {r!r}")

a = list(range(10))
print(a[2:5], a[:-3], a[::3], a[::-2], a[8:2:-2], a[100:], a[-100:2], a[5:2])
b = a[:]
b[2:5] = ['x']
print(b)
b[1:1] = [10, 20, 30]
print(b)
b[::2] = range(len(b[::2]))
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
del b[1::3]
print(b)
b[-2:] = []
print(b)
b[len(b):] = 'xyz'
print(b)
c = [3, 1, 2]
c[:] = c + c
print(c)
c *= 2
print(len(c), c[:4])
c.extend(reversed(c[:3]))
print(c[-3:])
l = [5, 3, 8, 1]
l.append(0); l.insert(0, 9); l.insert(-1, 7); l.insert(100, 6); l.insert(-100, -1)
print(l, l.pop(), l.pop(0), l.pop(-2), l)
l.remove(8)
print(l, l.index(3), l.count(3), l.index(1, 2))
for src in ["l.remove(42)", "l.index(42)", "[].pop()", "l.pop(99)", "l.index(3, 0, 1)", "[1, 2] < [1, 3]", "[1, 2] < [1, 2, 0]",
            "[1, [2]] == [1, [2]]", "[] == ()", "[1] * -1", "[0] * 3", "[[]] * 2", "list('abc')", "list(range(3)) + [3]",
            "[1] + (2,)", "(1, 2) + (3,)", "(1,) * 3", "() + ()", "tuple([1, 2])", "tuple('ab')", "(1, 2, 3)[1:]", "(1, 2, 3)[::-1]",
            "(1, 2, 2).count(2)", "(1, 2, 3).index(3)", "(1, 2).index(5)", "(1, 2) < (1, 2, 3)", "(1, 'a') < (1, 'b')",
            "(1, 'a') < (1, 2)", "hash((1, 2)) == hash((1, 2))", "hash(([],))", "len((1,))", "(1) == 1", "3 in (1, 2, 3)",
            "sorted([3, 1, 2], reverse=True)", "max([(1, 'b'), (1, 'a')])", "list(zip(*[(1, 2), (3, 4)]))", "[*'ab', *[1]]",
            "(*'ab',)", "[x for x in (1, 2)] == list((1, 2))", "[1, 2, 3].__reversed__().__next__()", "list.__len__([1])"]:
    check(src)

records = [("bob", 25, "x"), ("alice", 30, "y"), ("carol", 25, "z"), ("dave", 30, "w"), ("eve", 22, "v")]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
s = list(records)
s.sort(key=lambda r: r[0][-1])
print(s)
words = "The quick brown fox Jumps over the Lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
try:
    [1, 'a'].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=lambda x: None)
except TypeError as e:
    print("TypeError:", e)
print(sorted([2.5, 1, True, -3.0]), sorted([[2, 1], [1, 9], [1, 2, 0]]), sorted("bca", key=None))
big = [(i * 7919) % 1000 for i in range(2000)]
ordered = sorted(big)
print(ordered[:5], ordered[-5:], ordered == sorted(big, key=lambda v: v))
pairs = [(v % 10, i) for i, v in enumerate(big)]
stable = sorted(pairs, key=lambda p: p[0])
print(all(stable[i][1] < stable[i + 1][1] for i in range(len(stable) - 1) if stable[i][0] == stable[i + 1][0]))
class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v > other.v
    def __repr__(self): return f"Rev({self.v})"
print(sorted([Rev(1), Rev(3), Rev(2)]), min([Rev(1), Rev(3)]), max([Rev(1), Rev(3)]))
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
alias = [[0] * 3] * 3
alias[1][1] = 5
print(m, alias)
lst = [1, 2, 3]
lst.append(lst)
print(lst, len(str(lst)))
print(tuple.__name__, [].__class__.__mro__)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
x = [1, 2, 3, 4]
for i, v in enumerate(x):
    if v % 2 == 0:
        x.remove(v)
print(x)
t = (1, [2, 3])
try:
    t[1] += [4]
except TypeError as e:
    print("TypeError:", e)
print(t)
print(list(map(list, [(1, 2), (3,)])), tuple(reversed((1, 2, 3))), sum([[1], [2, 3]], []))
