a = [3, 1, 2]
a.append(5); a.extend([9, 0]); a.insert(1, 7)
print(a, len(a), a.count(1), a.index(9))
a.sort(); print(a)
a.sort(reverse=True); print(a)
print(a.pop(), a.pop(0), a)
a.remove(3); print(a)
b = a.copy(); b.reverse(); print(b, a)
print(a[1:3], a[::-1], a[::2], a[-2:])
a[1:3] = ["x", "y", "z"]; print(a)
del a[0]; print(a)
del a[::2]; print(a)
print([1, 2] + [3], [0] * 3, [[]] * 2, 2 in [1, 2], [1, 2] == [1, 2], [1, 2] < [1, 3])
print(sorted(["b", "A", "c"], key=str.lower), sorted([3, 1, 2], reverse=True))
print(list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a"])), min([4, 2, 8]), max([4, 2, 8]))
nested = [[1, 2], [3]]
copy = nested[:]
copy[0].append(99)
print(nested, copy is nested)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
