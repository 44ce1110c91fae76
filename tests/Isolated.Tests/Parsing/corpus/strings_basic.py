a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = 'it\'s'
f = "say \"hi\""
g = 'mixed " quote'
h = "mixed ' quote"
i = 'both \' and "'
