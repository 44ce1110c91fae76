import re
print(re.findall(r'\bcat\b', 'cat concat cat. (cat)'), re.findall(r'\Bcat', 'cat concat'))
print(re.search(r'^b', 'ab'), re.search(r'^b', 'a\nb', re.M).span())
print(re.search(r'a$', 'a\n').span(), re.search(r'a\Z', 'a\n'), re.search(r'\Aa', 'ba'))
print([m.span() for m in re.finditer(r'^', 'a\nb\n', re.M)], [m.span() for m in re.finditer(r'$', 'a\nb\n', re.M)])
print(re.compile('^a').match('ba', 1), re.compile('a$').search('ab', 0, 1))
print(re.findall(r'\b\w', 'hello wörld ünï'))
