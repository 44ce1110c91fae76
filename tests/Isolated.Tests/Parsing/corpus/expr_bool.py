a = x and y
b = x or y
c = x and y or z
d = x or y and z
e = a and b and c
f = a or b or c
g = not a and b
