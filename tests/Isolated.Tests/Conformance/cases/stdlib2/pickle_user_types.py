import copy
import enum
import io
import pickle
from collections import OrderedDict, defaultdict, namedtuple, Counter, deque
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from fractions import Fraction


class Color(enum.Enum):
    RED = 1
    GREEN = 2

class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1

@dataclass
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)

@dataclass(frozen=True)
class Point:
    x: int
    y: int

Pair = namedtuple("Pair", "left right")

class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.log = []
    def __eq__(self, other):
        return vars(self) == vars(other)

class Temp:
    def __init__(self, celsius):
        self.celsius = celsius
        self.cache = "derived"
    def __getstate__(self):
        return {"celsius": self.celsius}
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b

class Reduced:
    def __init__(self, n):
        self.n = n
    def __reduce__(self):
        return (Reduced, (self.n * 10,))

objs = [
    Color.GREEN, Perm.R | Perm.X, Item("bolt", 3, ["m4"]), Point(1, 2), Pair(1, "r"),
    Account("ann", 10), OrderedDict(a=1, b=2), Counter("abca"), deque([1, 2], maxlen=5),
    date(2024, 1, 2), datetime(2024, 1, 2, 3, 4, tzinfo=timezone(timedelta(hours=2))), Decimal("1.10"), Fraction(2, 3),
    {1, 2, 3}, frozenset({"x"}), (1, [2, (3,)]), b"bytes", bytearray(b"ba"), 2**100, -0.0, complex(1, 2), range(1, 10, 3),
    slice(1, 2), None, Ellipsis, NotImplemented, type, len, Color,
]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    ok = []
    for o in objs:
        back = pickle.loads(pickle.dumps(o, protocol=proto))
        ok.append(back == o or back is o)
    print(proto, all(ok), [i for i, v in enumerate(ok) if not v])
acct = pickle.loads(pickle.dumps(Account("bob", 5)))
print(type(acct).__name__, acct.owner, acct.balance, acct.log)
t = pickle.loads(pickle.dumps(Temp(21)))
print(t.celsius, t.cache)
s = pickle.loads(pickle.dumps(Slotted(1, "two"), protocol=2))
print(s.a, s.b)
print(pickle.loads(pickle.dumps(Reduced(4))).n)
print(pickle.loads(pickle.dumps(Perm.R | Perm.W)), pickle.loads(pickle.dumps(Color.RED)) is Color.RED)
dd = defaultdict(list, {"k": [1]})
dd2 = pickle.loads(pickle.dumps(dd))
print(dd2, dd2["new"], dd2.default_factory is list)
shared = [1, 2]
pair = pickle.loads(pickle.dumps([shared, shared]))
print(pair[0] is pair[1])
cyc = []
cyc.append(cyc)
c2 = pickle.loads(pickle.dumps(cyc))
print(c2[0] is c2)
buf = io.BytesIO()
p = pickle.Pickler(buf, protocol=4)
p.dump({"a": 1})
p.dump([2])
buf.seek(0)
u = pickle.Unpickler(buf)
print(u.load(), u.load())
print(pickle.dumps(None, protocol=0), pickle.dumps(True, 2), pickle.dumps(1, 1), len(pickle.dumps(list(range(10)), 5)))
for bad in [lambda: pickle.dumps(lambda: 1), lambda: pickle.loads(b"garbage"), lambda: pickle.dumps((x for x in []))]:
    try:
        bad()
    except Exception as e:
        # C pickle and pickle.py differ in which exception they raise here.
        print("cannot pickle/unpickle")

# copy / deepcopy with cycles
a = {"list": [1, 2], "name": "x"}
a["self"] = a
b = copy.deepcopy(a)
print(b["self"] is b, b["list"] is not a["list"], b["list"] == a["list"])
item = Item("n", 1, ["t"])
c = copy.copy(item)
d = copy.deepcopy(item)
print(c.tags is item.tags, d.tags is item.tags, d == item)
print(copy.replace(Point(1, 2), y=5) if hasattr(copy, "replace") else Point(1, 5))
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
    def __deepcopy__(self, memo):
        n = Node(self.v * 100)
        memo[id(self)] = n
        n.next = copy.deepcopy(self.next, memo)
        return n
n1, n2 = Node(1), Node(2)
n1.next, n2.next = n2, n1
m = copy.deepcopy(n1)
print(m.v, m.next.v, m.next.next is m)
print(copy.copy([1, [2]])[1] is copy.copy([1, [2]])[1], copy.deepcopy((1, 2)) == (1, 2), copy.copy(Color.RED) is Color.RED)
