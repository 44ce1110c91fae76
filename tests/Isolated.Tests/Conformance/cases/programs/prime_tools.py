# Number theory helpers: Miller-Rabin, factorisation (trial + Pollard rho), totient, divisors, perfect numbers, Goldbach.
from math import gcd, isqrt
from functools import reduce
from collections import Counter


def is_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def rho(n):
    if n % 2 == 0:
        return 2
    c = 1
    while True:
        x = y = 2
        d = 1
        while d == 1:
            x = (x * x + c) % n
            y = (y * y + c) % n
            y = (y * y + c) % n
            d = gcd(abs(x - y), n)
        if d != n:
            return d
        c += 1


def factor(n):
    if n == 1:
        return Counter()
    if is_prime(n):
        return Counter({n: 1})
    d = rho(n)
    return factor(d) + factor(n // d)


def divisors(n):
    divs = [1]
    for p, e in factor(n).items():
        divs = [d * p ** k for d in divs for k in range(e + 1)]
    return sorted(divs)


def phi(n):
    return reduce(lambda acc, p: acc // p * (p - 1), factor(n), n)


print([n for n in range(100) if is_prime(n)])
print(is_prime(2 ** 61 - 1), is_prime(2 ** 67 - 1), is_prime(561), is_prime(1000000007))
for n in [360, 1001, 2 ** 32 + 1, 600851475143, 10 ** 12 + 39, 9999999967 * 3]:
    f = factor(n)
    print(n, " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items())))
print(divisors(360), len(divisors(720720)), phi(36), phi(97), [phi(n) for n in range(1, 13)])
print([n for n in range(2, 10000) if sum(divisors(n)[:-1]) == n])
print({n: next((p, n - p) for p in range(2, n) if is_prime(p) and is_prime(n - p)) for n in range(4, 31, 2)})
print(isqrt(2 ** 100), gcd(2 ** 40 * 3, 2 ** 35 * 5), pow(3, 10 ** 18, 10 ** 9 + 7))
