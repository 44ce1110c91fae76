# RecursionError is catchable and the interpreter keeps working afterwards.
import sys
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
def depth_reached():
    count = 0
    def rec():
        nonlocal count
        count += 1
        rec()
    try:
        rec()
    except RecursionError:
        pass
    return count
d = depth_reached()
print(d > 500, d < 1001)
sys.setrecursionlimit(200)
d2 = depth_reached()
print(d2 > 100, d2 < 201)
sys.setrecursionlimit(1000)
class Node:
    def __init__(self): self.child = self
    def __repr__(self): return f"Node({self.child!r})"
try:
    repr(Node())
except RecursionError as e:
    print("repr RecursionError")
lst = []
lst.append(lst)
print(lst, repr(lst))
d = {}
d["self"] = d
print(d)
class Eq:
    def __eq__(self, other):
        return self == other
try:
    Eq() == Eq()
except RecursionError as e:
    print("eq RecursionError")
class Attr:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    Attr().foo
except RecursionError as e:
    print("getattr RecursionError")
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion caught")
def gen_rec(n):
    yield from gen_rec(n + 1)
try:
    next(gen_rec(0))
except RecursionError:
    print("generator recursion caught")
nested = [1]
for _ in range(100000):
    nested = [nested]
try:
    s = str(nested)
    print("str of deep list length", len(s))
except RecursionError:
    print("deep list str RecursionError")
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(500))))
def safe_after():
    return sum(range(10))
print(safe_after())
try:
    eval("(" * 300 + ")" * 300)
    print("nested parens ok")
except (RecursionError, SyntaxError, MemoryError) as e:
    print(type(e).__name__)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
class Deep:
    def __init__(self, n): self.n = n
    def __len__(self): return len(Deep(self.n + 1))
try:
    len(Deep(0))
except RecursionError:
    print("len RecursionError")
