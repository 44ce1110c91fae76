a = f'\n{x}\t'
b = f'\x41{y}'
c = f'\{{x}}'
d = f'{x}\\'
