a = f'{(lambda x: x*2)(3)}'
b = f'{(y:=10)}'
c = f'{x:=10}'
