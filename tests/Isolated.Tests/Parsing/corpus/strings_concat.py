a = 'a' 'b' 'c'
b = ('multi'
     'line')
c = b'x' b'y'
d = '' ''
