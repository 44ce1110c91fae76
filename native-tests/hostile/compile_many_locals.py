# expect: ok
# budget-ms: 60000
# A function with 100000 local variables and arguments.
src = 'def f(' + ','.join(f'a{i}' for i in range(10000)) + '):\n'
src += ''.join(f'    b{i} = a{i}\n' for i in range(100000 // 10))
src += '    return b0\n'
ns = {}
exec(src, ns)
assert ns['f'](*range(10000)) == 0
