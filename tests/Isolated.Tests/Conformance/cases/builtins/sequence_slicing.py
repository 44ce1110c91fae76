# Sequences: slicing with steps/negatives, slice objects, slice assignment, sort stability, list methods, tuple/str/bytes/range slices.
data = list(range(10))
print(data[2:8], data[::3], data[::-1], data[-3:], data[:-7], data[8:2:-2], data[100:], data[-100:2])
s = slice(1, 9, 2)
print(data[s], s.indices(5), s.start, s.stop, s.step, slice(None).indices(3), slice(-1, None, -1).indices(4))
d2 = data[:]
d2[2:5] = ["a"]
print(d2)
d2[::2] = [0] * len(d2[::2])
print(d2)
try:
    d2[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
d3 = list("abcdef")
del d3[1::2]
print(d3)
d3[1:1] = ["x", "y"]
print(d3, d3[::-1], "".join(reversed(d3)))
lst = [3, 1, 4, 1, 5, 9, 2, 6]
lst.insert(0, 7)
lst.insert(-1, 8)
lst.insert(100, 0)
print(lst, lst.index(1), lst.index(1, 3), lst.count(1))
lst.remove(1)
print(lst.pop(), lst.pop(0), lst)
try:
    lst.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs), sorted(pairs, key=lambda p: p[0], reverse=True))
lst2 = [5, 2, 8]
lst2.reverse()
lst2.extend(range(2))
lst2 += "ab"
print(lst2, lst2 * 2 == lst2 + lst2, [0] * 3, [[]] * 2)
print((1, 2, 3)[::-1], (1, 2, 3)[1:], "hello"[1:-1], "hello"[::2], b"bytes"[::-1], bytearray(b"xyz")[1:], range(20)[3:15:4])
print(list(range(10, 0, -3)), range(5)[::-1], range(1, 10)[2:5], range(0, 20, 5)[1:][::-1], len(range(0, -10, -3)))
nested = [[1, 2], [3, 4]]
shallow = nested[:]
shallow[0].append(99)
print(nested, shallow is nested, shallow == nested)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [] < [0], "abc" < "abd", "Z" < "a")
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
a = [1, 2, 3]
a[1:] = a
print(a)
b = list(range(5))
b[-2:] = []
b[:0] = [-1]
print(b, b[len(b):], b.copy(), list.__len__(b))
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m, [row[1] for row in m], [m[i][i] for i in range(3)])
t = (1, [2, 3])
t[1].append(4)
print(t)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t[1] += [5]
except TypeError as e:
    print("TypeError:", e, t)
print(max([3, 1, 2], key=lambda x: -x), min("hello"), sorted("Hello World", key=str.lower), list(reversed(range(3))))
