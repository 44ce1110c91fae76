import re
print(re.findall(r'\w+(?=,)', 'a, bb, ccc'))
print(re.findall(r'\b\w+\b(?!,)', 'a, bb, ccc'))
print(re.findall(r'(?<=\$)\d+', 'cost $30 or $45, not 50'))
print(re.findall(r'(?<!\$)\b\d+', 'cost $30 or $45, not 50'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.search(r'^(?=.*\d)(?=.*[a-z]).{6,}$', 'abc123') is not None, re.search(r'^(?=.*\d)(?=.*[a-z]).{6,}$', 'abcdef'))
print(re.match(r'(?=(a+))a*b\1', 'baaabac'), re.search(r'(?=(a+))a*b\1', 'baaabac'))
