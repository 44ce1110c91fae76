# expect: ok
# budget-ms: 60000
s = eval('"' + 'x' * 10**7 + '"')
assert len(s) == 10**7
