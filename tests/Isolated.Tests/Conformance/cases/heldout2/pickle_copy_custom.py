# Persistence of custom objects: pickle protocols, __getstate__/__setstate__, __reduce__, copy hooks.
import copy
import io
import pickle
from collections import namedtuple, defaultdict, OrderedDict, deque, Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import Enum
from fractions import Fraction


class Connection:
    def __init__(self, host, port):
        self.host, self.port = host, port
        self.socket = f"<live socket to {host}>"

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["socket"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.socket = f"<reconnected to {self.host}>"


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def __reduce__(self):
        return (Temperature, (self.celsius,))

    def __repr__(self):
        return f"Temperature({self.celsius})"


class Tree:
    def __init__(self, label, children=()):
        self.label, self.children, self.parent = label, list(children), None
        for c in self.children:
            c.parent = self

    def __copy__(self):
        print("  custom __copy__")
        return Tree(self.label, self.children)

    def __deepcopy__(self, memo):
        print("  custom __deepcopy__ of", self.label)
        new = Tree(self.label)
        memo[id(self)] = new
        new.children = [copy.deepcopy(c, memo) for c in self.children]
        for c in new.children:
            c.parent = new
        return new


class Color(Enum):
    RED = 1


Point = namedtuple("Point", "x y")


@dataclass(frozen=True)
class Tag:
    name: str


def roundtrip(obj, protocol=pickle.HIGHEST_PROTOCOL):
    return pickle.loads(pickle.dumps(obj, protocol))


c = roundtrip(Connection("db.local", 5432))
print(c.host, c.port, c.socket)
print(roundtrip(Temperature(21.5)), [roundtrip(Temperature(1), p).celsius for p in range(pickle.HIGHEST_PROTOCOL + 1)])
values = [Point(1, 2), Tag("x"), Color.RED, Decimal("1.10"), Fraction(2, 3), date(2024, 1, 2), datetime(2024, 1, 2, 3, 4, 5), timedelta(hours=5),
          defaultdict(list, {"a": [1]}), OrderedDict(b=2, a=1), deque([1, 2], maxlen=5), Counter("aab"), {1, 2}, frozenset({3}),
          b"bytes", bytearray(b"ba"), 2 ** 100, -0.0, complex(1, -1), None, ..., NotImplemented, range(1, 10, 2), slice(1, None, 2), int, len]
for v in values:
    r = roundtrip(v)
    print(type(r).__name__, r == v or r is v, repr(r) if not isinstance(r, (defaultdict,)) else dict(r))
print(roundtrip(Color.RED) is Color.RED, roundtrip(None) is None, roundtrip(Point(1, 2))._fields)
shared = [1, 2]
obj = {"a": shared, "b": shared}
r = roundtrip(obj)
print(r["a"] is r["b"])
buf = io.BytesIO()
p = pickle.Pickler(buf, protocol=2)
p.dump("first")
p.dump([1, 2, 3])
buf.seek(0)
u = pickle.Unpickler(buf)
print(u.load(), u.load())
for bad in [lambda: 1, (x for x in [])]:
    try:
        pickle.dumps(bad)
    except (pickle.PicklingError, TypeError, AttributeError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0][:40])
try:
    pickle.loads(b"")
except EOFError as e:
    print("EOFError raised")

t = Tree("root", [Tree("a", [Tree("a1")]), Tree("b")])
sc = copy.copy(t)
print(sc.children[0] is t.children[0])
dc = copy.deepcopy(t)
print(dc.children[0] is t.children[0], dc.children[0].parent is dc, dc.children[0].children[0].label)
nested = {"k": [1, {"z": [2, 3]}]}
d2 = copy.deepcopy(nested)
d2["k"][1]["z"].append(4)
print(nested, d2, copy.copy(nested)["k"] is nested["k"])
print(copy.replace(Point(1, 2), y=5) if hasattr(copy, "replace") else Point(1, 2)._replace(y=5))
