f'{lambda}'
