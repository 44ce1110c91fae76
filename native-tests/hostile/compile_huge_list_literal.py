# expect: ok
# budget-ms: 60000
# A 10^6-element literal list: compiles and runs (CPython does it in about a second).
src = '[' + '1,' * 1000000 + ']'
l = eval(src)
assert len(l) == 1000000
d = eval('{' + ''.join(f'{i}:{i},' for i in range(100000)) + '}')
assert len(d) == 100000
