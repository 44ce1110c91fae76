(a, b if c)
