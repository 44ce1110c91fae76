a = x < y
b = x < y <= z
c = a == b != c
d = a is b
e = a is not b
f = a in b
g = a not in b
h = a > b >= c
