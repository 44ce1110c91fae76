x = f'''{
    a
    +
    b
}'''
y = f'{a
   + b}'
