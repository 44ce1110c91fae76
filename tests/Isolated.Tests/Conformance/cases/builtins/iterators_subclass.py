# Subclasses of builtin iterators and containers: map/filter/zip/enumerate/reversed subclasses, list/dict/str subclasses.
class Counted(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return i * 10, v


class Upper(map):
    pass


class Evens(filter):
    def __new__(cls, it):
        return super().__new__(cls, lambda x: x % 2 == 0, it)


class Pairs(zip):
    def __repr__(self):
        return "<Pairs>"


class Back(reversed):
    pass


print(list(Counted("abc")), list(Upper(str.upper, "xyz")), list(Evens(range(10))))
p = Pairs([1, 2], "ab")
print(repr(p), list(p), isinstance(p, zip), type(Back([1, 2, 3])).__name__, list(Back([1, 2, 3])))


class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.appended = 0

    def append(self, x):
        self.appended += 1
        super().append(x)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return MyList(super().__getitem__(i))
        return super().__getitem__(i)


ml = MyList([3, 1, 2])
ml.append(5)
ml.extend([0])
print(ml, ml.appended, type(ml[1:]).__name__, type(ml + [1]).__name__, sorted(ml), len(ml))
ml.sort()
print(ml, ml[0], 5 in ml, ml.index(5), ml == [0, 1, 2, 3, 5])


class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = v = len(key)
        return v


d = DefaultDict(a=1)
print(d["hello"], d, d.get("zz"), "zz" in d)


class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.lower())


ld = LowerDict()
ld["ABC"] = 1
print(ld, ld["aBc"], dict(ld), LowerDict({"X": 1}))


class Shout(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())

    def __add__(self, other):
        return Shout(str(self) + "+" + str(other))


s = Shout("hi")
print(s, repr(s), s + "there", type(s.lower()).__name__, isinstance(s, str), s == "HI", len(s))


class Temperature(float):
    def __new__(cls, c):
        return super().__new__(cls, c)

    @property
    def fahrenheit(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return f"{float(self)}C"


t = Temperature(100)
print(t, repr(t), t.fahrenheit, t + 1, type(t + 1).__name__, round(t), f"{t:.1f}")


class Bits(int):
    def __str__(self):
        return bin(self)


b = Bits(10)
print(b, repr(b), b + 1, type(b & 3).__name__, f"{b}", "%d" % b, format(b, "x"))


class CountingIter:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


class Squares(CountingIter):
    def __next__(self):
        return super().__next__() ** 2


print(list(Squares(5)), sum(CountingIter(10)), max(Squares(4)), list(zip(CountingIter(3), Squares(3))))


class Tup(tuple):
    def __new__(cls, *xs):
        return super().__new__(cls, xs)

    def total(self):
        return sum(self)


tp = Tup(1, 2, 3)
print(tp, tp.total(), tp[1:], type(tp[1:]).__name__, tp + (4,), Tup() == ())


class FrozenTags(frozenset):
    def __repr__(self):
        return "FrozenTags(" + ",".join(sorted(self)) + ")"


ft = FrozenTags(["b", "a"])
print(ft, ft | {"c"} == {"a", "b", "c"}, type(ft | {"c"}).__name__, "a" in ft)
