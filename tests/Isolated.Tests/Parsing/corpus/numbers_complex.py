a = 1j
b = 1.5J
c = 0j
d = 1e10j
e = 3 + 4j
f = 1_0j
g = 1e16j
h = .5j
