# collections idioms: Counter arithmetic, defaultdict trees, OrderedDict LRU, ChainMap scopes, namedtuple, deque windows.
from collections import Counter, defaultdict, OrderedDict, ChainMap, namedtuple, deque

text = "the cat sat on the mat the end"
c = Counter(text.split())
print(c.most_common(2), c["the"], c["dog"], sorted(c.elements())[:5])
c2 = Counter("mississippi")
print(sorted(c2.items()), c2.total())
a, b = Counter(a=3, b=1, c=2), Counter(a=1, b=2, d=4)
print(sorted((a + b).items()), sorted((a - b).items()), sorted((a & b).items()), sorted((a | b).items()))
a.subtract(b)
print(sorted(a.items()), sorted((+a).items()), sorted((-a).items()))
a.update({"z": 5})
print(a["z"], Counter("aab") == Counter("aba"), Counter(a=1) <= Counter(a=2, b=1))


def tree():
    return defaultdict(tree)


t = tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
t["q"]


def plain(d):
    return {k: plain(v) if isinstance(v, defaultdict) else v for k, v in d.items()}


print(plain(t))
groups = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    groups[word[0]].append(word)
print(dict(groups), groups.default_factory.__name__)
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key):
        if key not in self:
            return None
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            self.popitem(last=False)


lru = LRU(3)
for k in "abcadeb":
    if lru.get(k) is None:
        lru.put(k, k.upper())
print(list(lru.items()), lru)
od = OrderedDict.fromkeys("xyz", 0)
od.move_to_end("x")
print(od, od.popitem(), list(reversed(od)), od == OrderedDict([("y", 0), ("z", 0)]), od == {"z": 0, "y": 0})

defaults = {"color": "red", "size": "M"}
env = {"size": "L"}
cli = {}
cfg = ChainMap(cli, env, defaults)
print(cfg["color"], cfg["size"], len(cfg), sorted(cfg), cfg.maps[1])
cfg["color"] = "blue"
print(cli, defaults["color"], cfg.new_child({"size": "S"})["size"], cfg.parents["color"])

Point = namedtuple("Point", "x y")
Point3 = namedtuple("Point3", Point._fields + ("z",), defaults=[0])
p = Point(1, 2)
print(p, p._replace(x=5), Point3(1, 2), Point3._field_defaults, p._asdict(), Point._make([7, 8]))
print(p + (3,), p * 2, p.x + p.y, Point(*reversed(p)), isinstance(p, tuple))
Emp = namedtuple("Emp", ["name", "class", "def"], rename=True)
print(Emp._fields)

window = deque(maxlen=3)
avgs = []
for x in [1, 5, 3, 8, 2, 9, 4]:
    window.append(x)
    avgs.append(round(sum(window) / len(window), 2))
print(avgs, window)
d = deque(range(6))
d.rotate(2)
print(d, d.popleft(), d.pop(), d)
d.extendleft("ab")
print(d, d.count(1), d.index(2), d[0], d[-1])
d.clear()
print(d, bool(d))
