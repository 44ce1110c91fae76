import string as `` is not s
x = 1
y = 'abc
