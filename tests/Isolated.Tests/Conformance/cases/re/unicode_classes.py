import re
s = 'Grüße 123 ٣٤٥ 一二三 x_y\u00a0\u2003z \U0001d7d8'
print(re.findall(r'\w+', s))
print(re.findall(r'\d+', s), re.findall(r'\d+', s, re.ASCII))
print(re.split(r'\s+', s))
print(re.findall(r'\W', 'a-b c!'), re.findall(r'\D+', 'a1b22c'))
print(re.findall(r'[^\W\d_]+', 'ab_12cd éf'))
print(re.match(r'\w', 'é'), re.match(r'\w', 'é', re.A))
print(len(re.findall('.', '\U0001F600\U0001F601a')), re.search('a', '\U0001F600a').span())
print(re.findall('[\U0001F600-\U0001F602]', 'x\U0001F601y\U0001F603'))
