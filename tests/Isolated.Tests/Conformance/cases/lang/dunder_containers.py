# Container protocol dunders: __len__, __getitem__ (ints and slices), __setitem__, __delitem__,
# __contains__, __iter__, __reversed__, __missing__, and the fallbacks Python uses.
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, index):
        if isinstance(index, slice):
            print(f"  slice({index.start}, {index.stop}, {index.step}) indices={index.indices(len(self))}")
            return Seq(self.data[index])
        return self.data[index]
    def __setitem__(self, index, value):
        self.data[index] = value
    def __delitem__(self, index):
        del self.data[index]
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq("abcdef")
print(len(s), s[0], s[-1], s[1:4], s[::2], s[::-1], s[:])
s[0] = "A"; del s[1]
print(s, "c" in s, "z" in s, list(s), list(reversed(s)), sorted(s), [x for x in s])
try:
    s[100]
except IndexError as e:
    print("IndexError:", e)
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
o = OnlyGetitem()
print(list(o), 20 in o, 25 in o, tuple(iter(o)), sum(o))
class Contains:
    def __contains__(self, item):
        print(f"  __contains__({item!r})")
        return item == "yes"
print("yes" in Contains(), "no" not in Contains())
class IterOnly:
    def __iter__(self):
        yield from (1, 2, 3)
print(2 in IterOnly(), list(reversed(list(IterOnly()))))
try:
    reversed(IterOnly())
except TypeError as e:
    print("TypeError:", e)
class Rev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Rev())))
class Defaulting(dict):
    def __missing__(self, key):
        self[key] = value = f"made-{key}"
        return value
d = Defaulting(a=1)
print(d["a"], d["b"], d, d.get("c"), "c" in d)
class Matrix:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        r, c = key
        return self.cells.get((r, c), 0)
    def __setitem__(self, key, v):
        self.cells[key] = v
m = Matrix()
m[1, 2] = 5
m[0, 0] += 3
print(m[1, 2], m[0, 0], m[2, 2], sorted(m.cells))
class Slicer:
    def __getitem__(self, key):
        return key
sl = Slicer()
print(sl[1], sl[1:2], sl[1:2, 3], sl[...], sl[::], sl[:, None], sl["k"], sl[1:2:3])
class NotIterable:
    __iter__ = None
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self): return "3"
try:
    len(BadLen())
except TypeError as e:
    print("TypeError:", e)
class HugeLen:
    def __len__(self): return 2 ** 100
try:
    len(HugeLen())
except OverflowError as e:
    print("OverflowError:", e)
class BoolFromLen:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(BoolFromLen(0)), bool(BoolFromLen(2)), "truthy" if BoolFromLen(1) else "falsy")
class LengthHint:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return 2
import operator
print(operator.length_hint(LengthHint()), operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(5))))
try:
    Seq([1])["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[1.5]
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2][None:"x"]
except TypeError as e:
    print("TypeError:", e)
print([1, 2, 3][True], (1, 2)[False], "xyz"[-3], [0] * 3, [[]] * 2)
