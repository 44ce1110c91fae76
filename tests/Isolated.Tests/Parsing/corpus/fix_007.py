match(x)
