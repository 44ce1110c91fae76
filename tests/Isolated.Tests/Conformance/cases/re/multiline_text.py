import re
text = """name: Alice
age: 30
# comment
name: Bob
age: 25
"""
print(re.findall(r'^name: (\w+)$', text, re.M))
print(dict(re.findall(r'^(\w+): (\d+)$', text, re.M)))
print(re.sub(r'^#.*\n', '', text, flags=re.M))
print(re.split(r'\n(?=name)', text.strip()))
print([m.group(1) for m in re.finditer(r'age: (\d+)', text)])
