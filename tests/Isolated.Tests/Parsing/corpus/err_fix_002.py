f'{lambda x:}'
