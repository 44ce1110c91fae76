f'{a ! r}'
