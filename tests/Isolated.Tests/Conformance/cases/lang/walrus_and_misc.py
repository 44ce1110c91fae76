data = [1, 5, 12, 7]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
a = b = c = 5
print(a, b, c)
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 2; x %= 7
print(x)
s = "ab"
s += "cd"; s *= 2
print(s)
l = [1]
l += [2]
l *= 2
print(l)
print(type(None).__name__, type(...).__name__, ... is Ellipsis, NotImplemented)
assert True, "never"
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
del x
print("x" in dir())
pass
