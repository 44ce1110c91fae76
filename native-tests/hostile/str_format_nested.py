# expect: ValueError
'{:{:{:{:{}}}}}'.format(1, 2, 3, 4, 5)
