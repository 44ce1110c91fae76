# expect: RecursionError
# valgrind: run
def k(x):
    return sorted([x, x], key=k)
sorted([1, 2], key=k)
