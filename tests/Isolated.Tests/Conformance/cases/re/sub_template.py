import re
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@site'))
print(re.sub(r'(?P<first>\w+) (?P<last>\w+)', r'\g<last>, \g<first>', 'John Smith'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub(r'(x)', r'\g<1>0', 'x'), re.sub('a', r'\n', 'bab') == 'b\nb', re.sub('a', r'\\', 'a'))
m = re.match(r'(\w+) (\w+)', 'hello world')
print(m.expand(r'\2 \1'), m.expand(r'\g<0>!'))
for bad in [r'\3', r'\g<nope>', '\\']:
    try:
        re.sub(r'(a)(b)', bad, 'ab')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
