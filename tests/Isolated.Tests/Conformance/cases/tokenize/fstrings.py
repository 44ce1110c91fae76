# f-strings split as Python 3.12 does: FSTRING_START/MIDDLE/END, '{' '}' '!' ':' '=' as OP, nesting.
from tokdump import dump_all

dump_all([
    "f'abc'\n",
    "f''\n",
    "f'{x}'\n",
    "f'a{{b}}c{x!r:>{w}} {y=} {z:%H\\\\:%M}'\n",
    "f'{x:}'\n",
    "f'{x:{y}}'\n",
    "f'{x:a{y}b}'\n",
    "f'{x!r}{y}'\n",
    "f'{{}}'\n",
    "f'{x:{y:{z}}}'\n",
    "f'{\"a\"}' f\"{'''b'''}\"\n",
    "f'''a\nb{x}\nc'''\n",
    "f\"{x\n+ 1}\"\n",
    "rf'\\\\{x}' fr'\\n{y}' F'{z}' Rf'{w}'\n",
    "f'\\N{BULLET} {x}'\n",
    "f'{a[\"k\"]} {b(1, 2)!s} {c = } {d:.2f} {e:{w}.{p}}'\n",
    "f'{f\"{f'{x}'}\"}'\n",
    "f'{x}' 'y' f'{z}'\n",
    "f'{lambda: 1}'\n",
    "f'{x:%d {y}}'\n",
    "f'é{ü}😀{z}'\n",
])
