# list: methods, slicing, operators, errors
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

l = [5, 3, 8, 1]
l.append(9); l.insert(0, 0); l.extend(x * 2 for x in range(3))
print(l, len(l))
print(l.pop(), l.pop(0), l)
l.remove(8)
print(l, l.index(3), l.count(1))
attempt("remove", lambda: l.remove(100))
attempt("index", lambda: l.index(100))
attempt("pop empty", lambda: [].pop())
attempt("bad index", lambda: l["x"])
attempt("out of range", lambda: l[100])
nums = list(range(10))
print(nums[2:7], nums[::3], nums[::-1], nums[-3:], nums[7:2:-2])
nums[2:5] = ["a", "b"]
print(nums)
nums[::2] = range(len(nums[::2]))
print(nums)
del nums[1::2]
print(nums)
attempt("extended", lambda: nums.__setitem__(slice(None, None, 2), [1]))
a = [1, 2]
a += "xy"
a *= 2
print(a, [0] * 3, 2 * [1, 2], [1] + [2])
attempt("concat", lambda: [1] + (2,))
attempt("repeat", lambda: [1] * "a")
print([1, 2] < [1, 3], [1, 2] == [1, 2], [[1]] == [[1]], [1, 2] > [1])
b = [1]; b.append(b); print(b)
c = [3, 1, 2]; c.reverse(); print(c, c.copy() is c, c.copy() == c)
c.clear(); print(c, bool(c))
print(list(reversed([1, 2, 3])), list(iter([4, 5])))
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
x, y = [10, 20]
print(x, y)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print(e)
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "end"))
m = [1, 2, 3]
for i, v in enumerate(m):
    if i == 0:
        m.append(4)
print(m)
print([x for x in range(20) if x % 3 == 0])
print(list.__hash__, isinstance([], list), type([]).__name__)
print(list[int], list("abc"), list({"k": 1}))
