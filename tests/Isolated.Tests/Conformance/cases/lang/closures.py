def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
print(c(), c(), c(10))
funcs = [lambda i=i: i * i for i in range(4)]
print([g() for g in funcs])
late = [lambda: i for i in range(3)]
print([g() for g in late])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
print(c.__closure__[0].cell_contents)
