# range (slicing, index, count, big values, equality) and slice objects (indices, attributes).
def check(src):
    try:
        r = eval(src)
    except Exception as e:
        print(f"{src} !! {type(e).__name__}: {e}")
    else:
        print(f"{src} -> {r!r}")

for src in [
    "range(10)", "range(1, 10, 2)", "range(10, 0, -3)", "list(range(10, 0, -3))", "range(0)", "len(range(0, 10, 3))",
    "len(range(10, 0))", "range(10)[2:8:2]", "range(10)[::-1]", "range(1, 20, 3)[1:4]", "range(10)[-1]", "range(10)[10]",
    "range(5)[-6]", "range(0, 10, 2).index(4)", "range(0, 10, 2).index(5)", "range(0, 10, 2).count(4)", "range(10).count(2.0)",
    "7 in range(0, 10, 7)", "3.0 in range(5)", "'a' in range(5)", "range(0, 3) == range(0, 3, 1)", "range(0) == range(5, 5)",
    "range(0, 5, 2) == range(0, 6, 2)", "range(1) == [0]", "hash(range(3)) == hash(range(0, 3))", "range(2 ** 64)",
    "len(range(2 ** 10))", "range(2 ** 64)[2 ** 63]", "range(-2 ** 70, 2 ** 70, 2 ** 68)[3]", "2 ** 64 - 1 in range(2 ** 64)",
    "range(2 ** 100).index(2 ** 99)", "reversed(range(3)).__next__()", "list(reversed(range(0, 10, 4)))", "sum(range(101))",
    "range(1, 10, 0)", "range(1.5)", "range('a')", "range()", "range(1, 2, 3, 4)", "range(5).start", "range(2, 9, 3).stop",
    "range(2, 9, 3).step", "range(10)[slice(None, None, -2)]", "bool(range(0))", "max(range(5))", "list(range(-5, -10, -2))",
    "range(10)[1:-1][::2][1]", "range(3) < range(4)",
    "slice(5)", "slice(1, 5)", "slice(1, 5, 2).indices(10)", "slice(None, None, -1).indices(5)", "slice(-3, None).indices(10)",
    "slice(-100, 100).indices(5)", "slice(0, 10, -1).indices(5)", "slice(None, None, 0).indices(5)", "slice(1, 2).indices(-1)",
    "slice(1, 2, 3).start", "slice(1, 2, 3).stop", "slice(1, 2, 3).step", "slice(None).start", "slice(1, 2) == slice(1, 2)",
    "slice(1, 2) < slice(1, 3)", "'abcdef'[slice(1, None, 2)]", "[0, 1, 2, 3][slice(-2, None)]", "slice('a', 'b').stop",
    "hash(slice(1, 2, 3))", "hash(slice(-1, 2 ** 70, 5))", "type(slice(1))", "(1, 2, 3)[slice(None, None, None)]",
]:
    check(src)

class Seq:
    def __getitem__(self, key):
        return key
s = Seq()
print(s[1:2], s[::3], s[1:2, 3], s[..., 1], s[:], s[-1::-1], s['a':'b'])
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30, 40][Idx(1):Idx(3)], range(10)[Idx(2)], "hello"[Idx(-1)], range(Idx(3)), list(range(Idx(1), Idx(7), Idx(2))))
r = range(3, 30, 4)
print(list(r), r[2:5], list(r[2:5]), r.index(15), r[len(r) - 1], list(r[::-2]))
for i in range(3, -1, -1):
    print(i, end=" ")
print()
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
print(list(enumerate(range(5, 8), start=1)), dict(zip(range(3), "abc")))
