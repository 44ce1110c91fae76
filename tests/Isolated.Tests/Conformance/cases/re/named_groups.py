import re
m = re.match(r'(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)', '2024-02-29T10:00')
print(m.groupdict(), m['year'], m.group('month', 'day'), m.lastgroup, m.lastindex)
print(m.start('day'), m.end('day'), m.span('year'))
p = re.compile(r'(?P<k>\w+)=(?P<v>[^;]*)(?:;|$)')
print([m.groupdict() for m in p.finditer('a=1;b=;c=three')])
print(p.groupindex['v'], sorted(p.groupindex), p.groups)
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'x yz'))
print(re.match(r'(?P<a>a)?b', 'b').groupdict('-'))
