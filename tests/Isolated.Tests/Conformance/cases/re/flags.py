import re
print(re.findall(r'^\w+', 'one\ntwo\nthree', re.M), re.findall(r'^\w+', 'one\ntwo'))
print(re.findall(r'\w+$', 'one\ntwo\n', re.MULTILINE), re.findall(r'\w+$', 'one\ntwo\n'))
print(re.match(r'a.b', 'a\nb'), re.match(r'a.b', 'a\nb', re.S).group())
print(re.findall(r'[a-z]+', 'Hello World', re.IGNORECASE))
p = re.compile(r'''
    (\d{3})   # area
    [-.\s]?
    (\d{4})   # number
''', re.VERBOSE)
print(p.match('555-1234').groups(), p.flags & re.VERBOSE != 0)
print(re.findall(r'\w+', 'café naïve', re.ASCII), re.findall(r'\w+', 'café naïve'))
print(re.match(r'(?i)HELLO', 'hello'), re.match(r'(?s:.)x', '\nx'), re.match(r'(?i:a)B', 'Ab'), re.match(r'(?i:a)B', 'ab'))
print(re.compile('a', re.I | re.M), re.compile(b'a', re.I), re.compile('a', re.A))
