import re
print(re.match('a*', 'aaab').group(), re.match('a*?', 'aaab').group(), re.match('a+?b', 'aaab').group())
print(re.findall('a{2}', 'aaaaa'), re.findall('a{2,}', 'aaaaa b aa'), re.findall('a{,2}', 'aaa'))
print(re.match('(ab)+', 'ababab').groups(), re.match('(ab)+?', 'ababab').group())
print(re.match('(a|ab)(c|bcd)(d*)', 'abcd').groups())
print(re.match(r'(\w+?)(\d*)$', 'abc123').groups(), re.match(r'(.*)(\d+)', 'abc123').groups())
print(re.match('(a*)*b', 'aab').groups(), re.match('(a*)+b', 'aab').groups(), re.match('(?:a?)*?b', 'ab').group())
print(re.match('x++y', 'xxy'), re.match('x*+x', 'xxx'), re.match('(?>x+)y', 'xxy'), re.match('(?>ab|a)c', 'ac'))
print(re.fullmatch(r'(?:\d{3}-)?\d{4}', '555-1234'), re.fullmatch(r'(?:\d{3}-)?\d{4}', '5551234'))
