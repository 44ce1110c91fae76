a and b = c
