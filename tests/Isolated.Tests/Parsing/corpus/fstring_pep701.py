a = f'{'same quotes'}'
b = f"{"also"}"
c = f'{x
}'
d = f'''{
  x # comment
  + y
}'''
e = f'{"\n".join(lines)}'
