# expect: RecursionError
eg = ExceptionGroup('leaf', [ValueError(1)])
for i in range(100000):
    eg = ExceptionGroup('x', [eg])
try:
    raise eg
except* ValueError:
    pass
