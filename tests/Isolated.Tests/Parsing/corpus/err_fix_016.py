f(x=, y)
