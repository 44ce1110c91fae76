# expect: ok
# Catching RecursionError at depth and recursing again, many times: the stack must unwind.
def f(n):
    try:
        return f(n + 1)
    except RecursionError:
        return n
for i in range(50):
    assert f(0) > 100
