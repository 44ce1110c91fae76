# expect: ok
r = range(2**63)
assert r[2**62] == 2**62
assert r[-1] == 2**63 - 1
assert len(range(2**62)) == 2**62
try:
    len(r)
except OverflowError:
    pass
assert 2**63 - 5 in r
r2 = range(-2**100, 2**100, 3)
assert r2[10**20] == -2**100 + 3 * 10**20
try:
    r2[2**200]
except IndexError:
    pass
