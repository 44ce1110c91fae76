from functools import lru_cache, cache

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def fib_rec(n):
    return n if n < 2 else fib_rec(n - 1) + fib_rec(n - 2)

@lru_cache(maxsize=None)
def fib_memo(n):
    return n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)

@cache
def fib_cache(n):
    return n if n < 2 else fib_cache(n - 1) + fib_cache(n - 2)

def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def fib_matrix(n):
    def mul(x, y):
        return [[x[0][0]*y[0][0] + x[0][1]*y[1][0], x[0][0]*y[0][1] + x[0][1]*y[1][1]],
                [x[1][0]*y[0][0] + x[1][1]*y[1][0], x[1][0]*y[0][1] + x[1][1]*y[1][1]]]
    result = [[1, 0], [0, 1]]
    base = [[1, 1], [1, 0]]
    while n:
        if n & 1:
            result = mul(result, base)
        base = mul(base, base)
        n >>= 1
    return result[0][1]

print([fib_iter(i) for i in range(15)])
print(fib_rec(20), fib_memo(100), fib_cache(150))
print(fib_memo.cache_info())
g = fib_gen()
print([next(g) for _ in range(10)])
print(fib_matrix(300) == fib_iter(300))
print(fib_iter(300))
print(len(str(fib_iter(1000))))
import itertools
print(list(itertools.takewhile(lambda x: x < 1000, fib_gen())))
evens = sum(x for x in itertools.takewhile(lambda x: x < 4_000_000, fib_gen()) if x % 2 == 0)
print("even sum", evens)
