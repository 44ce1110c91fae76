a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
(x, y), z = (1, 2), 3
print(x, y, z)
t = (1, "two", 3.0)
print(t, t[1], t[-1], len(t), t + (4,), t * 2, t.count(1), t.index(3.0))
print(tuple([1, 2]), tuple("ab"), (1,) == (1,), (1, 2) < (1, 3))
def multi():
    return 1, 2, 3
p, q, r = multi()
print(p + q + r)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
print(*range(3), *"ab")
print([*range(2), *[9]], {**{"a": 1}}, (*"xy",))
