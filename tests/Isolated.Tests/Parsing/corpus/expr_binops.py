a = 1 + 2 - 3 * 4 / 5 // 6 % 7 @ 8
b = 2 ** 3 ** 4
c = a | b ^ c & d << e >> f
d = (a + b) * c
e = -a ** -b
f = a if b else c
