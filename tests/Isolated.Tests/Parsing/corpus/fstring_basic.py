a = f'hello {name}'
b = f"{x} {y}"
c = F'{x!r}'
d = f'{x!s:>10}'
e = f'{x!a}'
f = f''
g = f'no fields'
