a = -x
b = +x
c = ~x
d = not x
e = - - x
f = not not x
g = -1
h = ~-+x
