# pickle/copy round trips of user classes, struct records, hashlib digests, base64 variants,
# weakref containers, pprint of nested data.
import base64
import copy
import hashlib
import hmac
import pickle
import pprint
import struct
import weakref
from collections import OrderedDict, defaultdict, namedtuple, deque
from dataclasses import dataclass

Point = namedtuple("Point", "x y")

@dataclass
class Node:
    name: str
    children: list

class Account:
    def __init__(self, owner, balance):
        self.owner, self.balance, self.log = owner, balance, []
    def __getstate__(self):
        state = self.__dict__.copy()
        state["log"] = len(self.log)
        return state
    def __setstate__(self, state):
        state["log"] = ["restored"] * state["log"]
        self.__dict__.update(state)
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance}, {self.log})"

acct = Account("ann", 10)
acct.log += ["a", "b"]
values = [1, -2 ** 70, 3.5, 1 + 2j, "é☃", b"\x00\xff", bytearray(b"ba"), None, True, (1, (2,)), [1, [2]], {"k": {1, 2}},
          frozenset({3}), Point(1, 2), Node("root", [Node("leaf", [])]), acct, OrderedDict(a=1), deque([1, 2], maxlen=5),
          range(1, 10, 2), slice(1, None), Ellipsis, NotImplemented, float("inf")]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = [pickle.loads(pickle.dumps(v, protocol=proto)) for v in values]
    print(proto, all(a == b or repr(a) == repr(b) for a, b in zip(values, back)), back[-10:-6])
shared = [1, 2]
tree = {"a": shared, "b": shared}
t2 = pickle.loads(pickle.dumps(tree))
print(t2["a"] is t2["b"], t2)
rec = []
rec.append(rec)
r2 = pickle.loads(pickle.dumps(rec))
print(r2[0] is r2)
try:
    pickle.dumps(lambda: 1)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
nested = {"list": [1, [2, [3]]], "node": Node("n", [1])}
shallow, deep = copy.copy(nested), copy.deepcopy(nested)
nested["list"][1].append("x")
print(shallow["list"], deep["list"], shallow["node"] is nested["node"], deep["node"] == nested["node"])
class Custom:
    def __init__(self): self.items = [1]
    def __copy__(self):
        c = Custom(); c.items = self.items; c.kind = "shallow"; return c
    def __deepcopy__(self, memo):
        c = Custom(); c.items = copy.deepcopy(self.items, memo); c.kind = "deep"; return c
c = Custom()
print(copy.copy(c).kind, copy.deepcopy(c).kind, copy.copy(c).items is c.items, copy.deepcopy(c).items is c.items)
print(copy.replace(Point(1, 2), y=5) if hasattr(copy, "replace") else Point(1, 2)._replace(y=5))

HEADER = struct.Struct("<4sHHIq")
packed = HEADER.pack(b"REC1", 1, 2, 0xDEADBEEF, -5)
print(HEADER.size, packed.hex(), HEADER.unpack(packed), struct.calcsize("@bhiq"), struct.calcsize("=bhiq"))
records = b"".join(struct.pack(">hd3s", i, i / 4, b"ab" + bytes([48 + i])) for i in range(3))
print([r for r in struct.iter_unpack(">hd3s", records)])
print(struct.pack("!I", 1), struct.pack("<f", 0.1).hex(), struct.unpack("<f", struct.pack("<f", 0.1))[0], struct.pack("?x?", True, False))
for fmt, args in [("b", (200,)), ("H", (-1,)), ("3s", (1,)), ("i", ("x",))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print("struct.error:", e)
data = b"The quick brown fox"
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"]:
    print(name, hashlib.new(name, data).hexdigest()[:32], hashlib.new(name).digest_size)
h = hashlib.sha256()
for chunk in (b"The quick ", b"brown fox"):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), h.name, h.block_size, hashlib.blake2b(data, digest_size=8).hexdigest())
print(hmac.new(b"key", data, "sha256").hexdigest(), hmac.compare_digest("abc", "abc"), hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex()[:24])
print(base64.b64encode(data), base64.b64decode(base64.b64encode(data)) == data, base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b32encode(b"hi"), base64.b16encode(b"hi"))
print(base64.b85encode(b"hello"), base64.a85encode(b"hello"), base64.b64decode("aGk="), base64.standard_b64encode(b"\xff"))
try:
    base64.b64decode("abc")
except Exception as e:
    print(type(e).__name__, e)
class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Obj({self.n})"
objs = [Obj(i) for i in range(3)]
wvd = weakref.WeakValueDictionary({i: o for i, o in enumerate(objs)})
wks = weakref.WeakKeyDictionary({o: o.n for o in objs})
ws = weakref.WeakSet(objs)
ref = weakref.ref(objs[0])
print(len(wvd), sorted(wvd.keys()), wvd[1], len(wks), len(ws), ref(), ref() is objs[0], weakref.getweakrefcount(objs[0]) >= 1)
proxy = weakref.proxy(objs[2])
print(proxy.n, repr(proxy)[:22] != "", isinstance(ref, weakref.ref))
config = {"name": "demo", "version": (1, 2, 3), "servers": [{"host": f"h{i}", "ports": list(range(8000, 8000 + i)), "tags": {"env": "prod", "idx": i}} for i in range(3)],
          "matrix": [[i * j for j in range(6)] for i in range(4)], "long_text": "word " * 20, "empty": {}, "deque": deque(range(3))}
pprint.pprint(config, width=60)
pprint.pprint(config, depth=2, compact=True)
print(pprint.pformat(list(range(30)), width=40, compact=True))
print(pprint.pformat({"b": 1, "a": 2}, sort_dicts=False), pprint.saferepr([1, {"x": (2, 3)}]), pprint.isreadable([1, 2]), pprint.isrecursive(rec))
dd = defaultdict(list, {"x": [1]})
pprint.pprint(dd)
pprint.pprint(Node("a", [Node("b", [])]))
