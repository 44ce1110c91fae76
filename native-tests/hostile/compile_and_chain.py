# expect: ok
try:
    eval(' and '.join(['1'] * 100000))
    eval(' < '.join(['1'] * 100000))
    eval('x' + '.a' * 100000, {'x': None})
except (RecursionError, MemoryError, AttributeError):
    pass
