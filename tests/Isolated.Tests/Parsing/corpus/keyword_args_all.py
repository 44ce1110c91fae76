f(a, b, c=1, *d, e=2, **f)
f(*a, *b)
f(**a, **b)
f(a=1, **b, c=2)
