x = 1
x = y = z = 2
a, b = b, a
[a, *b] = c
(a, b), c = d
