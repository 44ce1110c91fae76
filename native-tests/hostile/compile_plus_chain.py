# expect: ok
# A long left-associative chain: CPython compiles 10^5 terms; it must not overflow our stack.
try:
    r = eval('a' + '+a' * 100000, {'a': 1})
    assert r == 100001
except (RecursionError, MemoryError):
    pass
