# expect: RecursionError
import functools
f = lambda x: x
for i in range(300000):
    f = (lambda g: lambda x: g(x))(f)
f(1)
