import re
for m in re.finditer(r'(\w)(\d)?', 'a1b c2'):
    print(m.span(), m.groups(), m.lastindex)
print([m.span() for m in re.finditer(r'', 'ab')])
print([m.group() for m in re.finditer(r'a*', 'baaac')])
it = re.finditer('x', 'xx')
print(next(it).start(), next(it).start(), next(it, 'done'))
p = re.compile(r'\d')
print([m.start() for m in p.finditer('a1b2c3d4', 3, 7)])
print(p.findall('a1b2c3d4', 3, 7), p.findall('a1b2c3d4', pos=5))
