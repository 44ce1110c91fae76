import re
print(re.escape('a.b*c?'), re.escape(b'x+y'))
print(re.match(re.escape('1+1=2'), '1+1=2').group())
print(re.findall(r'[.*+?]', 'a.b*c+d?'), re.findall(r'[\]\\-]', 'a]b\\c-d'))
print(re.purge(), re.match(r'\x41\u0042\101', 'ABA'), re.match(r'\t\n', '\t\n') is not None)
print(re.fullmatch(r'[\d\s]+', '1 2 3'), re.search(r'[^\s\d]+', '12 ab 3').group())
