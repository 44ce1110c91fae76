# Fast paths for exact containers and strs (session 6, perfdata): dict/list subscripts, str(int),
# format of int/float, str.split and startswith/endswith must behave as the general paths do,
# and subclasses that override the dunders must still win.
d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print("KeyError", e.args)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError", e)
try:
    d[[1]]
except TypeError as e:
    print("TypeError", e)
class D(dict):
    def __setitem__(self, k, v):
        print("D.__setitem__", k, v)
        super().__setitem__(k, v * 10)
    def __missing__(self, k):
        return "missing " + k
dd = D()
dd["x"] = 1
print(dd["x"], dd["y"])
l = [1, 2, 3]
l[-1] = 30; l[0] = 10
print(l)
for bad in (3, -4):
    try:
        l[bad] = 0
    except IndexError as e:
        print("IndexError", e)
class L(list):
    def __setitem__(self, i, v):
        print("L.__setitem__", i, v)
ll = L([1, 2]); ll[0] = 5; print(ll)
l[True] = "t"; print(l)
l[1:2] = ["a", "b"]; print(l)
print(str(12345), str(-7), str(True), str(2**70))
class I(int):
    def __str__(self): return "I!"
    def __format__(self, spec): return "fmt:" + spec
print(str(I(3)), f"{I(3):05d}", format(I(4), "x"))
print(f"{42:05d}", f"{-42:+x}", f"{True:d}", f"{3.14159:.2f}", f"{2.5:e}", f"{1e300:g}", f"{7:}")
try:
    f"{3:q}"
except ValueError as e:
    print("ValueError", e)
try:
    f"{3.0:d}"
except ValueError as e:
    print("ValueError", e)
print("a-b-c".split("-"), "a-b-c".split("-", 1), "a--b".split("-"), "a b  c ".split(), "a b c".split(None, 1))
print("a-b-c".rsplit("-", 1), " a b c ".rsplit(None, 1), "abcab".split("ab"), "x".split("x"))
print("a,b".split(sep=","), "a,b,c".split(",", maxsplit=1))
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
try:
    "a".split(1)
except TypeError as e:
    print("TypeError", e)
try:
    "a".split(",", 1, 2)
except TypeError as e:
    print("TypeError", e)
print("abc".startswith(("x", "a")), "abc".startswith("b", 1), "x\U0001F600".endswith("\ude00"))
try:
    "abc".startswith(1)
except TypeError as e:
    print("TypeError", e)
class S(str): pass
print("abc".startswith(S("a")), S("abc").startswith("a"))
print("x\U0001F600".startswith("x"), "\U0001F600".endswith("\U0001F600"))

# Exceptions: a traceback's frame still shows the locals the frame ended with.
def ended(a, b):
    c = a + b
    def inner():
        return c
    c = 99
    raise ValueError(a)
try:
    ended(1, 2.5)
except ValueError as e:
    frame = e.__traceback__.tb_next.tb_frame
    print(sorted(frame.f_locals), frame.f_locals["a"], frame.f_locals["b"], frame.f_locals["c"],
          frame.f_locals is frame.f_locals, e.args, e.args is e.args)
class E(Exception):
    def __init__(self, x):
        super().__init__(x, x)
print(E(3).args, ValueError(1, 2).args, ValueError().args, KeyError("k").args)
class Renamed(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, "from new")
        return self
print(Renamed(1).args)
