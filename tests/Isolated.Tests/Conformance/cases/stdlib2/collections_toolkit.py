from collections import ChainMap, Counter, OrderedDict, UserDict, UserList, UserString, defaultdict, deque, namedtuple
import collections.abc as cabc

words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c.most_common(2), c["the"], c["missing"], sorted(c.elements())[:4], c.total())
c.update(["cat", "cat"])
c.subtract({"the": 2})
print(sorted(c.items()), +c == Counter({k: v for k, v in c.items() if v > 0}))
a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=1)
print(a + b, a - b, a & b, a | b, -b, a == Counter(b=1, a=3), a <= a + b)
print(Counter("mississippi").most_common(), repr(Counter()), Counter(x=0) == Counter())

dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dict(dd), dd.default_factory, repr(defaultdict(int)))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 1
print({k: dict(v) for k, v in nested.items()})
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError:", e)

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(reversed(od)))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), repr(OrderedDict(x=1)))

dq = deque([1, 2, 3], maxlen=4)
dq.append(4); dq.append(5); dq.appendleft(0)
print(dq, dq.maxlen, dq[0], dq[-1])
dq.rotate(2)
print(dq, dq.popleft(), dq.pop(), dq.count(4), dq.index(0))
dq.extendleft([9, 8])
print(dq, list(reversed(dq)), deque("abc") + deque("d"), deque(range(3)) * 2, 3 in dq)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)

Point = namedtuple("Point", ["x", "y"], defaults=[0])
p = Point(1)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._fields, Point._field_defaults, Point(*"ab"), Point._make([3, 4]))
R = namedtuple("R", "a b class", rename=True)
print(R._fields, namedtuple("S", "a, b")(1, 2), isinstance(p, tuple), x_y if (x_y := p.x + p.y) else 0)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

base, override = {"color": "red", "size": 1}, {"color": "blue"}
cm = ChainMap(override, base)
print(cm["color"], cm["size"], len(cm), sorted(cm), cm.maps[0] is override)
child = cm.new_child({"size": 99})
print(child["size"], child.parents["size"], dict(child))
child["new"] = 1
print(child.maps[0], "new" in cm)

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
ld = LowerDict({"A": 1})
ld["B"] = 2
print(ld, ld.data, "a" in ld, ld.get("c", 0))
class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1])
s.push(2)
print(s, s.data, s + [3], type(s[:1]).__name__)
class Shout(UserString):
    def shout(self):
        return self.upper() + "!"
print(Shout("hi").shout(), Shout("abc")[1:], Shout("x") * 3)

print(isinstance([], cabc.MutableSequence), isinstance((), cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(set(), cabc.Set))
print(isinstance(iter([]), cabc.Iterator), isinstance(range(3), cabc.Reversible), isinstance(len, cabc.Callable), isinstance("s", cabc.Hashable))
print(issubclass(dict, cabc.MutableMapping), issubclass(frozenset, cabc.MutableSet), isinstance(dict().keys(), cabc.KeysView))
class Bag(cabc.Set):
    def __init__(self, items):
        self._items = list(dict.fromkeys(items))
    def __contains__(self, x):
        return x in self._items
    def __iter__(self):
        return iter(self._items)
    def __len__(self):
        return len(self._items)
b1, b2 = Bag([1, 2, 3]), Bag([2, 3, 4])
print(sorted(b1 & b2), sorted(b1 | b2), sorted(b1 - b2), b1 <= Bag([1, 2, 3, 5]), b1.isdisjoint(Bag([9])))
class Registry(cabc.MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
r = Registry()
r.update(a=1, b=2)
r.setdefault("c", 3)
print(dict(r), r.pop("a"), list(r.items()), r.get("zz", "none"), "b" in r)
try:
    cabc.Sequence()
except TypeError as e:
    print("TypeError:", e)
