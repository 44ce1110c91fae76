# expect: ok
# A 30000-long __context__ chain formatted by traceback: must not overflow the stack.
import traceback
e = None
for i in range(30000):
    n = ValueError(i)
    n.__context__ = e
    e = n
try:
    lines = traceback.format_exception(e)
except RecursionError:
    pass
