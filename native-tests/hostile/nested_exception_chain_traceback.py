# expect: ok
# A 100000-long __context__ chain formatted by traceback: must not overflow the stack.
import traceback
e = None
for i in range(100000):
    n = ValueError(i)
    n.__context__ = e
    e = n
try:
    lines = traceback.format_exception(e)
except RecursionError:
    pass
