# Builtin iterators pickle and copy as CPython 3.12's do: a pickled iterator resumes where the
# original stood, and copy.copy/deepcopy go through the same __reduce__/__setstate__.
import pickle, copy, collections, array

def kind(obj):
    return type(obj).__name__

def failure(e):
    # pickle.py (no _pickle here) words PicklingError messages unlike the C accelerator.
    return kind(e) if isinstance(e, pickle.PicklingError) else f"{kind(e)}: {e}"

def describe(it):
    r = it.__reduce__()
    return (getattr(r[0], "__name__", kind(r[0])), [kind(a) for a in r[1]], r[2:])

def show(label, it, advance=1):
    for _ in range(advance):
        next(it, None)
    try:
        desc = describe(it)
    except Exception as e:
        desc = f"{kind(e)}: {e}"
    results = []
    for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
        try:
            again = pickle.loads(pickle.dumps(it, proto))
            # Same type as the original (str iterators: CPython has two, str_ascii_iterator
            # and str_iterator; this runtime one), or the list_iterator set/dict ones become.
            results.append((type(again) is type(it) or kind(again), list(again)))
        except Exception as e:
            results.append(failure(e))
    try:
        copied = list(copy.copy(it))
    except Exception as e:
        copied = f"{kind(e)}: {e}"
    try:
        deep = list(copy.deepcopy(it))
    except Exception as e:
        deep = f"{kind(e)}: {e}"
    print(label, desc, results, copied, deep, list(it))

class Seq:
    def __getitem__(self, i):
        if i < 4:
            return i * 10
        raise IndexError(i)

class Countdown:
    def __init__(self):
        self.n = 5
    def __call__(self):
        if self.n <= 0:
            raise StopIteration   # copies share this object: the end must stay an end
        self.n -= 1
        return self.n

d = {"a": 1, "b": 2, "c": 3}
show("list", iter([1, 2, 3]))
show("list exhausted", iter([1]), 2)
show("list reversed", reversed([1, 2, 3]))
show("tuple", iter((1, 2, 3)))
show("tuple exhausted", iter((1,)), 2)
show("str", iter("héllo"))
show("str astral", iter("a\U0001F600bc"), 2)
show("str exhausted", iter("a"), 2)
show("bytes", iter(b"abc"))
show("bytearray", iter(bytearray(b"abc")))
show("range", iter(range(2, 20, 3)))
show("range big", iter(range(10**20, 10**20 + 5)), 2)
show("range exhausted", iter(range(2)), 3)
show("range reversed", reversed(range(5)))
show("set", iter({5}), 0)
show("frozenset", iter(frozenset({7})), 0)
show("dict keys", iter(d))
show("dict values", iter(d.values()))
show("dict items", iter(d.items()))
show("dict reversed", reversed(d))
show("dict reversed items", reversed(d.items()))
show("sequence protocol", iter(Seq()))
show("reversed sequence", reversed(["x", "y", "z"]))
show("enumerate", enumerate("abcd", 5))
show("zip", zip([1, 2, 3], "abc"))
show("zip strict", zip([1, 2, 3], "abc", strict=True))
show("map", map(abs, [-1, -2, -3]))
show("filter", filter(None, [0, 1, 2, 0, 3]))
show("deque", iter(collections.deque([1, 2, 3])))
show("deque reversed", reversed(collections.deque([1, 2, 3])))
print("array", list(pickle.loads(pickle.dumps(iter(array.array("i", [1, 2, 3]))))))
show("callable", iter(Countdown(), 1))

def gen():
    yield 1
    yield 2
show("generator", gen())

# __setstate__ clamps the saved index as CPython does, and checks its type.
def resumed(it, state):
    try:
        it.__setstate__(state)
        return list(it)
    except Exception as e:
        return f"{kind(e)}: {e}"
for state in (-5, 0, 1, 10, "x", 1.5, 2**70):
    print("setstate", repr(state), resumed(iter([1, 2, 3]), state), resumed(reversed([1, 2, 3]), state),
          resumed(iter("abc"), state), resumed(iter((1, 2)), state), resumed(iter(range(10)), state))

# A zip's strict flag travels in its state; deque iterators rebuild from (deque, consumed).
z = zip("ab", "cd")
z.__setstate__(True)
print("zip state", z.__reduce__()[2:], list(pickle.loads(pickle.dumps(z))))
DequeIter = type(iter(collections.deque()))
print("deque iter new", list(DequeIter(collections.deque([1, 2, 3]), 1)), list(DequeIter(collections.deque([1, 2, 3]), 9)))
try:
    DequeIter(1)
except TypeError as e:
    print("deque iter new", e)

# Nested: a list holding live iterators over shared data keeps the sharing.
data = [10, 20, 30, 40]
a, b = iter(data), iter(data)
next(a)
a2, b2 = pickle.loads(pickle.dumps([a, b]))
print("shared", list(a2), list(b2))

# Subclasses of enumerate/map/zip pickle as themselves.
class MyEnum(enumerate):
    pass
e = MyEnum("xyz")
next(e)
e2 = pickle.loads(pickle.dumps(e))
print("subclass", type(e2).__name__, list(e2))
