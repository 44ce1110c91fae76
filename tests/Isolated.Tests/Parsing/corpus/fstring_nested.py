a = f'{f"{x}"}'
b = f"{'a' + 'b'}"
c = f'{"nested " + f"{y!r}"}'
d = f'{f'{f'{x}'}'}'
e = f"{x['key']}"
f = f'{x["k"]:{y}}'
