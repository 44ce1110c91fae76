# copy/deepcopy with custom hooks and pickle round-trips of user classes (reduce, getstate/setstate, slots).
import copy
import pickle
import copyreg


class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.cache = {"sum": sum(map(sum, rows))}

    def __copy__(self):
        print("  __copy__ called")
        new = Matrix.__new__(Matrix)
        new.__dict__.update(self.__dict__)
        return new

    def __deepcopy__(self, memo):
        print("  __deepcopy__ called")
        new = Matrix([list(r) for r in self.rows])
        memo[id(self)] = new
        return new

    def __eq__(self, other):
        return self.rows == other.rows


m = Matrix([[1, 2], [3, 4]])
shallow = copy.copy(m)
deep = copy.deepcopy(m)
m.rows[0][0] = 99
print(shallow.rows, deep.rows, shallow.cache is m.cache, deep.cache)


class Graph:
    def __init__(self):
        self.nodes = []


g = Graph()
g.nodes.append(g)
g2 = copy.deepcopy(g)
print(g2.nodes[0] is g2, g2 is not g)
shared = [1, 2]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is not shared, copy.copy(pair)[0] is shared)
print(copy.copy(5), copy.deepcopy((1, [2])), copy.copy({1, 2}) == {1, 2}, copy.deepcopy("s"))


class Account:
    def __init__(self, owner, balance, log=None):
        self.owner = owner
        self.balance = balance
        self.log = log or []
        self.lock = "unpicklable-ish"

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.lock = "recreated"

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance}, {self.log}, {self.lock!r})"


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def __reduce__(self):
        return (Temperature, (self.celsius,))

    def __repr__(self):
        return f"Temperature({self.celsius})"


class Unit:
    def __init__(self, name):
        self.name = name


def reduce_unit(u):
    return (Unit, (u.name.upper(),))


copyreg.pickle(Unit, reduce_unit)

objs = [Account("ann", 10, ["open"]), Point(1, 2), Temperature(21.5), {"nested": [Point(3, 4), (5, 6)]},
        frozenset([1, 2]), b"bytes", bytearray(b"ba"), 10 ** 30, 1.5, complex(1, 2), None, True, range(3)]
for proto in (2, 3, pickle.HIGHEST_PROTOCOL):
    data = pickle.dumps(objs, protocol=proto)
    back = pickle.loads(data)
    print(proto, back)
u = pickle.loads(pickle.dumps(Unit("kg")))
print(u.name, copy.copy(Unit("m")).name)
acc = Account("bob", 5)
same = [acc, acc]
b = pickle.loads(pickle.dumps(same))
print(b[0] is b[1], b[0])
print(copy.copy(acc), copy.deepcopy(Point(7, 8)), copy.replace if hasattr(copy, "replace") else "no copy.replace")
try:
    pickle.dumps(lambda x: x)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
try:
    pickle.loads(b"")
except EOFError as e:
    print("EOFError")
print(pickle.loads(pickle.dumps(Account)) is Account, pickle.loads(pickle.dumps(len)) is len)
