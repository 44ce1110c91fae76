# expect: ok
try:
    eval('x' + '[0]' * 100000, {'x': [0]})
except (RecursionError, MemoryError, TypeError):
    pass
