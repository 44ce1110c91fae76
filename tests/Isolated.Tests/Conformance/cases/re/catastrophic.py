import re
# Long inputs must not overflow the stack (the matcher backtracks on the heap).
print(re.match('(a|b)*c', 'ab' * 50000))
print(re.match('(a|b)*c', 'ab' * 50000 + 'c').span())
print(re.match('(?:ab)*c', 'ab' * 50000 + 'c').span())
print(len(re.findall('a', 'a' * 100000)))
print(re.match('(x+x+)+y', 'x' * 18))
print(re.sub('(a)', r'\1\1', 'a' * 10000).count('a'))
