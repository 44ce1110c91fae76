for i in range(3):
    print("for", i)
else:
    print("for-else")
for i in range(10):
    if i == 2:
        continue
    if i == 4:
        break
    print("loop", i)
else:
    print("not printed")
n = 0
while n < 3:
    n += 1
else:
    print("while-else", n)
while True:
    n -= 1
    if n == 0:
        break
print(n)
for i, ch in enumerate("ab", start=1):
    print(i, ch)
for a, b in zip([1, 2, 3], "xy"):
    print(a, b)
for k in reversed(range(3)):
    print(k, end=" ")
print()
print(list(range(10, 0, -3)), list(range(0)), range(5)[2], len(range(0, 100, 7)))
