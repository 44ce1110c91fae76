import re
print(re.findall(rb'\d+', b'a12 b345'))
print(re.sub(rb'(\w+)', rb'<\1>', b'hi there'))
print(re.split(rb'\s', b'a b\tc'))
print(re.match(rb'\w+', b'caf\xe9'), re.search(rb'[\x80-\xff]', b'ab\xe9'))
print(re.search(rb'b+', bytearray(b'abbbc')), re.search(rb'b+', memoryview(b'abbbc')).group())
print(re.compile(rb'x', re.I), re.compile(rb'x').pattern)
for args in [(rb'a', 'a'), ('a', b'a')]:
    try:
        re.match(*args)
    except TypeError as e:
        print('TypeError:', e)
