# expect: ok
import functools
f = abs
for i in range(300000):
    f = functools.partial(f)
print(f(-1))  # partial flattens nested partials: no recursion
