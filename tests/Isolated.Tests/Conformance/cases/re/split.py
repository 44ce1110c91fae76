import re
print(re.split(r'\s*,\s*', 'a , b,c ,  d'))
print(re.split(r'(\s*),(\s*)', 'a , b'))
print(re.split(r'(-)|(\+)', '1-2+3'))
print(re.split(r'\d', 'a1b2c3', maxsplit=2), re.split(r'x*', 'axbc'), re.split(r'\b', 'a b'))
print(re.split('', 'abc'), re.split('(?=b)', 'abab'), re.split('x', ''), re.split('', ''))
print(re.compile(r'\W+').split('Words, words, words.', 1))
