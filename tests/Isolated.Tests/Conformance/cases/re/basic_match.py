import re

m = re.match(r'(\w+) (\w+)', 'hello world again')
print(m)
print(m.group(), m.group(1), m.group(2), m.group(1, 2))
print(m.groups(), m.span(), m.span(2), m.start(1), m.end(2))
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.string)
print(m[0], m[1], m.regs)
print(re.match('a', 'ba'), re.search('a', 'ba'))
print(re.fullmatch('a+', 'aaa'), re.fullmatch('a+', 'aab'))
p = re.compile('abc')
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(p.search('xxabcxx', 3), p.search('xxabcxx', 1, 4), p.match('xabc', 1))
print(re.compile('') .match('abcdef', 5, 2))
