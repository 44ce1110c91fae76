# collections.abc: building custom containers from mixins (MutableMapping, Sequence, Set), registration and checks.
from collections.abc import MutableMapping, Sequence, MutableSequence, Set, Mapping, Iterable, Hashable, Callable, Sized


class CaseInsensitiveDict(MutableMapping):
    def __init__(self, data=None, **kw):
        self._d = {}
        self.update(data or {}, **kw)

    def __getitem__(self, key):
        return self._d[key.lower()][1]

    def __setitem__(self, key, value):
        self._d[key.lower()] = (key, value)

    def __delitem__(self, key):
        del self._d[key.lower()]

    def __iter__(self):
        return (k for k, _ in self._d.values())

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return f"CaseInsensitiveDict({dict(self.items())})"


h = CaseInsensitiveDict({"Content-Type": "text/html"}, Accept="*/*")
h["content-type"] = "application/json"
print(h, h["CONTENT-TYPE"], "accept" in h, len(h), h.get("x", "none"), sorted(h.keys()))
print(h.pop("ACCEPT"), h.setdefault("X-New", 1), list(h.items()), h == {"content-type": "application/json", "X-New": 1})
h.update([("A", 1)], b=2)
print(sorted(h), h.popitem() is not None, len(h))


class Deck(Sequence):
    def __init__(self):
        self.cards = [r + s for s in "♠♥" for r in "A23"]

    def __getitem__(self, i):
        return self.cards[i]

    def __len__(self):
        return len(self.cards)


d = Deck()
print(list(d), d[1:3], d.index("3♠"), d.count("A♥"), "2♥" in d, list(reversed(d))[:2], isinstance(d, Iterable))


class IntSet(Set):
    def __init__(self, it=()):
        self._items = sorted(set(int(x) for x in it))

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"IntSet({self._items})"


a, b = IntSet([1, 2, 3, 4]), IntSet([3, 4, 5])
print(a & b, a | b, a - b, a ^ b, a <= IntSet(range(10)), a.isdisjoint(IntSet([9])), a == IntSet([4, 3, 2, 1]))


class Stack(MutableSequence):
    def __init__(self):
        self._s = []

    def __getitem__(self, i):
        return self._s[i]

    def __setitem__(self, i, v):
        self._s[i] = v

    def __delitem__(self, i):
        del self._s[i]

    def __len__(self):
        return len(self._s)

    def insert(self, i, v):
        self._s.insert(i, v)


s = Stack()
s.append(1)
s.extend([2, 3])
s += [4]
s.reverse()
print(list(s), s.pop(), s.pop(0), list(s), s.index(2))
s.remove(2)
print(list(s), len(s))
print(isinstance({}, Mapping), isinstance([], Hashable), isinstance((), Hashable), isinstance(len, Callable), issubclass(str, Sequence))
print(isinstance(h, Mapping), isinstance(a, Sized), issubclass(dict, MutableMapping), isinstance(range(3), Sequence), isinstance(set(), Set))


class Incomplete(Mapping):
    pass


try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
