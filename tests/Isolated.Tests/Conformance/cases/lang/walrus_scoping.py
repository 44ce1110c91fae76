# Assignment expressions: comprehensions bind in the enclosing scope, and other rules.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 6], y)
total = 0
print([total := total + x for x in data], total)
def outer():
    [inner := i for i in range(3)]
    return inner
print(outer())
def nested():
    result = None
    def find():
        nonlocal result
        return any((result := v) > 5 for v in [1, 7, 2])
    return find(), result
print(nested())
import re
lines = ["a=1", "junk", "b=22"]
for line in lines:
    if m := re.match(r"(\w)=(\d+)", line):
        print(m.group(1), int(m.group(2)))
    else:
        print("no match:", line)
stack = [1, 2, 3]
while (top := stack.pop() if stack else None) is not None:
    print("popped", top)
print((z := 10), z)
def f(a, b=(w := 5)):
    return a + b
print(f(1), w)
print([(last := c) for c in "abc"], last)
values = {k: (sq := k * k) for k in range(4)}
print(values, sq)
print(any((hit := n) % 7 == 0 for n in [3, 14, 21]), hit)
print(all((miss := n) < 10 for n in [1, 2, 30, 4]), miss)
class C:
    vals = [(q := 1), q + 1]
print(C.vals)
g = (t := 3) + t
print(g)
lam = lambda: (v := 7) * v
print(lam())
for src in ("[i := 0 for i in range(3)]", "[(j := 1) for j in range(2)]",
            "def h(): [(k := 1) for k in range(2)]",
            "class D: [(e := 1) for _ in range(2)]", "x := 5", "(a.b := 1)",
            "[[(q := 1) for q in range(2)] for _ in range(2)]"):
    try:
        compile(src, "<walrus>", "exec")
        print("ok:", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
print((lambda: [(u := x) for x in range(3)] and u)())
