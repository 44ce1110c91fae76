a = f'{x:{y:{z}}}'
b = f'{x!r:{y}}'
