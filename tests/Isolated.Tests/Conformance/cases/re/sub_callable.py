import re
print(re.sub(r'\d+', lambda m: str(int(m.group()) ** 2), '1 2 3 10'))
print(re.subn(r'[aeiou]', lambda m: m.group().upper(), 'banana split'))
def repl(m):
    return m.group(2) + m.group(1)
print(re.sub(r'(\w)(\w)', repl, 'abcdef'))
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'))
print(re.sub('a', 'b', 'aaaa', count=2), re.subn('a', 'b', 'aaaa'))
try:
    re.sub('a', lambda m: 5, 'abc')
except TypeError as e:
    print('TypeError', e)
