import re
print(re.findall(r'\d', 'a1b2'), re.findall(r'(\d)', 'a1b2'), re.findall(r'(\w)(\d)', 'a1b2'))
print(re.findall(r'(a)|b', 'abab'), re.findall(r'(a)?(b)', 'bab'))
print(re.findall(r'', 'ab'), re.findall(r'\b', 'ab cd'))
print(re.findall(r'(?:ab)+', 'ababxab'), re.findall(r'(ab)+', 'ababxab'))
