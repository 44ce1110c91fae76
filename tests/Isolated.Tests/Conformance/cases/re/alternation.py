import re
print(re.findall('cat|category|dog', 'category dog cat'))
print(re.match('(a|ab)c', 'abc').groups(), re.match('(ab|a)bc', 'abc').groups())
print(re.findall(r'\d+|[a-z]+|\s', 'ab12 cd'))
print(re.match('(?:x|y|z)+', 'xyzzyq').group(), re.match('a(?:b|c|)d', 'ad').group())
words = ['apple', 'banana', 'cherry', 'date']
p = re.compile('|'.join(words))
print(p.findall('I like banana and dates and cherry pie'))
