# More data-model hooks: __repr__/__str__/__format__/__bytes__, __bool__, __index__, __round__,
# __copy__/__deepcopy__, __reduce__, __sizeof__, __init_subclass__, __class_getitem__, __instancecheck__.
import copy, math
class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"Money({self.cents})"
    def __str__(self): return f"${self.cents / 100:.2f}"
    def __format__(self, spec):
        if spec == "words":
            return f"{self.cents // 100} dollars and {self.cents % 100} cents"
        return format(str(self), spec)
    def __bytes__(self): return str(self).encode()
    def __bool__(self): return self.cents != 0
    def __int__(self): return self.cents // 100
    def __float__(self): return self.cents / 100
    def __index__(self): return self.cents
    def __round__(self, ndigits=None): return Money(round(self.cents, -2))
    def __trunc__(self): return self.cents // 100
    def __floor__(self): return self.cents // 100
    def __ceil__(self): return -(-self.cents // 100)
    def __complex__(self): return complex(self.cents, 0)
    def __hash__(self): return hash(self.cents)
    def __eq__(self, o): return isinstance(o, Money) and o.cents == self.cents
m = Money(1234)
print(repr(m), str(m), f"{m}", f"{m:words}", f"{m:>10}|", bytes(m), bool(m), bool(Money(0)))
print(int(m), float(m), hex(m), round(m), math.trunc(m), math.floor(m), math.ceil(m), complex(m))
print([m], (m,), {"k": m}, str([m]), "%s %r" % (m, m), "{!s} {!r}".format(m, m))
print(operator_index := __import__("operator").index(m), list(range(10))[Money(3)])
class Node:
    def __init__(self, val, children=()):
        self.val, self.children = val, list(children)
    def __copy__(self):
        print("  __copy__ called")
        return Node(self.val, self.children)
    def __deepcopy__(self, memo):
        print("  __deepcopy__ called")
        return Node(copy.deepcopy(self.val, memo), copy.deepcopy(self.children, memo))
    def __repr__(self): return f"Node({self.val!r}, {self.children!r})"
tree = Node([1], [Node([2])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.val.append("mut")
print(shallow.val, deep.val, shallow.children[0] is tree.children[0])
class Plain:
    def __init__(self): self.items = [1, [2]]
p1 = Plain()
p2 = copy.copy(p1); p3 = copy.deepcopy(p1)
p1.items[1].append(3)
print(p2.items, p3.items, p2.items is p1.items)
import pickle
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __reduce__(self): return (Point, (self.x, self.y))
    def __repr__(self): return f"Point({self.x}, {self.y})"
print(pickle.loads(pickle.dumps(Point(1, 2))), copy.copy(Point(3, 4)))
class Stateful:
    def __init__(self): self.a, self.cache = 1, "big"
    def __getstate__(self): return {"a": self.a}
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"
s2 = pickle.loads(pickle.dumps(Stateful()))
print(s2.a, s2.cache)
class Even(type):
    def __instancecheck__(cls, inst): return isinstance(inst, int) and inst % 2 == 0
class EvenNumber(metaclass=Even): pass
print(isinstance(4, EvenNumber), isinstance(3, EvenNumber), isinstance("4", EvenNumber))
class Str2:
    def __str__(self): return "only str"
print(str(Str2()), repr(Str2()).startswith("<__main__.Str2 object"), f"{Str2()}", format(Str2(), ""))
try:
    format(Str2(), "x")
except TypeError as e:
    print("TypeError:", e)
class Repr2:
    def __repr__(self): return "only repr"
print(str(Repr2()), repr(Repr2()), [Repr2()])
class BadStr:
    def __str__(self): return 42
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class BadRepr:
    def __repr__(self): return None
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadIndex:
    def __index__(self): return 1.5
try:
    [1, 2][BadIndex()]
except TypeError as e:
    print("TypeError:", e)
class IntLike:
    def __int__(self): return 7
print(int(IntLike()))
try:
    [1][IntLike()]
except TypeError as e:
    print("TypeError:", e)
class FloatOnly:
    def __float__(self): return 2.5
print(float(FloatOnly()), math.sqrt(FloatOnly()))
try:
    int(FloatOnly())
except TypeError as e:
    print("TypeError:", e)
