# Arithmetic, comparisons, control flow
x = 7
y = 3
print(x + y, x - y, x * y, x // y, x % y, -x // y, -x % y, x ** y, x / 2)
print(x < y, x <= y, x == y, x != y, x > y, x >= y, 1 < 2 < 3, 3 > 2 > 2)
print(2 ** 64, 2 ** 63 - 1 + 1, -(2 ** 63), 9223372036854775807 + 1, 3037000500 * 3037000500)
print(x & y, x | y, x ^ y, ~x, x << 70, x >> 1, -1 >> 100)
print(not x, not 0, x and y, 0 or y, None is None, x is not None)
print(1 in [1, 2], 3 not in (1, 2), 'a' in 'abc')
s = 0
for i in range(10):
    if i % 2:
        continue
    if i > 7:
        break
    s += i
else:
    print('no break')
print(s)
n = 0
while n < 5:
    n += 1
else:
    print('while else', n)
print('yes' if n else 'no')
a = b = c = 5
print(a, b, c)
a, (b, c) = 1, (2, 3)
print(a, b, c)
first, *middle, last = range(6)
print(first, middle, last)
*init, = 'abc'
print(init)
t = 1, 2
print(t, (), (1,))
print([1, *t, *[3]], {*t, 9} == {1, 2, 9}, {'k': 1, **{'j': 2}})
print(f"{x=}", f"{x:>4}|{'s'!r}|{3.5:.2f}|{x!s:<3}|")
lst = [1, 2, 3, 4, 5]
print(lst[1], lst[-1], lst[1:3], lst[::2], lst[::-1])
lst[0] = 10
del lst[1]
lst[1:2] = [7, 8]
print(lst)
d = {}
d['a'] = 1
d['b'] = d.get('a', 0) + 1
del d['a']
print(d)
x += 1
x -= 2
x *= 3
x //= 2
x **= 2
print(x)
print(divmod(17, 5), abs(-3), max(1, 5, 2), min([4, 2]), sum(range(101)))
def walrus(data):
    if (n := len(data)) > 2:
        return n
    return -1
print(walrus([1, 2, 3]), walrus([]))
print([y for x in range(3) for y in range(x)], {k: k * 2 for k in 'ab'}, sorted({v % 3 for v in range(10)}))
print(list(x * 2 for x in range(3)))
assert True
try:
    assert 1 == 2, 'math'
except AssertionError as e:
    print('assert', e)
