a = f'a' 'b' f'{c}'
b = 'x' f'{y}' 'z'
c = f'{a}' f'{b}'
d = ('abc'
     f'{d}'
     'ef')
