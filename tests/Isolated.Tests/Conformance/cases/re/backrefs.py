import re
print(re.findall(r'\b(\w+)\s+\1\b', 'this is is a test test of of'))
print(re.sub(r'(\w)\1', r'[\1\1]', 'aabbcd'))
print(re.match(r'(a)(?:\1|b)+', 'aab'), re.match(r'(?i)(ab)\1', 'abAB'))
print(re.search(r'(["\']).*?\1', 'say "hi" or \'yo\'').group())
print(re.match(r'(a)?(?(1)b|c)d', 'abd'), re.match(r'(a)?(?(1)b|c)d', 'cd'), re.match(r'(a)?(?(1)b|c)d', 'ad'))
