if (n := len(a)) > 10: pass
while (line := f()): pass
[y := 1, y**2]
f(x := 1)
a[x := 1]
print((z := 3))
