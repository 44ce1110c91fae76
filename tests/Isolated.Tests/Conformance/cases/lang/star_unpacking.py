# Star-unpacking in every place the grammar allows it.
a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
[x, [y, *z]] = [1, [2, 3, 4]]
print(x, y, z)
for first, *others in [(1, 2, 3), (4,), "ab"]:
    print(first, others)
print(*[1, 2], *(3,), *"ab", *{"k": 1})
print([*range(3), *[10, 11]], (*"ab", 0), {*[1, 1, 2], 3} == {1, 2, 3})
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2}, {**d2, **d1, "z": 0}, dict(**d1, c=3))
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(*[1, 2], 3, *(4, 5), **d1, **{"c": 3}))
print(f(*(), **{}))
def g(a, b, c=0, *, d=1):
    return a, b, c, d
print(g(*[1, 2]), g(*[1], **{"b": 5, "d": 7}), g(1, *[2, 3], d=4))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
def gen():
    yield 1
    yield 2
a, b = gen()
print(a, b)
first, *_ = gen()
print(first)
x = *range(2), 9
print(x)
def ret():
    rest = [2, 3]
    return 1, *rest
print(ret())
def yielder():
    rest = [2, 3]
    yield 1, *rest
print(next(yielder()))
lst = [0] * 5
lst[1:3] = *"ab",
print(lst)
i, lst[i] = 2, "set"
print(i, lst)
swap1, swap2 = 1, 2
swap1, swap2 = swap2, swap1
print(swap1, swap2)
m = [[1, 2], [3, 4]]
m[0][1], m[1][0] = m[1][0], m[0][1]
print(m)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
print([(a, b) for a, *b in ["abc", "d"]])
print(max(*[3, 9, 2]), min(*"hello"))
