f(a, [b, c)
