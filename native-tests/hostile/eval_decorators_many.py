# expect: ok
src = '@d\n' * 50000 + 'def f(): pass\n'
exec(src, {'d': lambda f: f})
