a = b'abc'
b = B"\x00\xff"
c = b'\n\t'
d = b'it\'s'
e = b'q"'
f = b''
