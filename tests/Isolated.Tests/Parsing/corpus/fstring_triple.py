a = f'''line1
{x}
line3'''
b = f"""{x:
}"""
c = rf'\d{x}'
d = fr'{x}\n'
e = Rf'{x}' FR'{y}'
