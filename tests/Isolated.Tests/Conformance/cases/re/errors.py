import re
for pat in ['(', ')', '[a', 'a**', '(?P<1>a)', r'\1', '(?<=a+)b', 'a{2,1}', '(?P<n>a)(?P<n>b)', '*a']:
    try:
        re.compile(pat)
    except re.error as e:
        print(repr(pat), '->', e, '|', e.pos)
try:
    re.match(r'(a)', 'a').group(3)
except IndexError as e:
    print('IndexError:', e)
try:
    re.search(1, 'a')
except TypeError as e:
    print('TypeError:', e)
try:
    re.compile('a').match(1)
except TypeError as e:
    print('TypeError:', e)
