import math
from itertools import count, islice

def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    for d in range(3, math.isqrt(n) + 1, 2):
        if n % d == 0:
            return False
    return True

def miller_rabin(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True

def factorize(n):
    out = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            out[d] = out.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        out[n] = out.get(n, 0) + 1
    return out

def fmt_factors(f):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items()))

print([n for n in range(60) if is_prime(n)])
print([p for p in (2 ** k - 1 for k in range(2, 64)) if miller_rabin(p)])
print(miller_rabin(2 ** 127 - 1), miller_rabin(2 ** 128 + 1), miller_rabin(10 ** 18 + 9))
for n in [360, 1001, 2 ** 32 + 1, 600851475143, 9999991, 1234567890]:
    print(n, "=", fmt_factors(factorize(n)))
def totient(n):
    result = n
    for p in factorize(n):
        result -= result // p
    return result
print([totient(n) for n in range(1, 25)])
def primes():
    yield 2
    found = []
    for n in count(3, 2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(islice(primes(), 25)), sum(islice(primes(), 1000)))
twins = [(p, p + 2) for p in range(3, 200, 2) if is_prime(p) and is_prime(p + 2)]
print(twins)
def goldbach(n):
    return next((p, n - p) for p in range(2, n) if is_prime(p) and is_prime(n - p))
print([goldbach(n) for n in range(4, 40, 2)])
def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y
print(ext_gcd(240, 46), ext_gcd(17, 3120), pow(17, -1, 3120))
def crt(rems, mods):
    x, m = 0, 1
    for r, mi in zip(rems, mods):
        g, p, q = ext_gcd(m, mi)
        x = (x + (r - x) * p % mi * m) % (m * mi)
        m *= mi
    return x
print(crt([2, 3, 2], [3, 5, 7]), crt([1, 2, 3, 4], [5, 7, 9, 11]))
print(pow(2, 10 ** 18, 10 ** 9 + 7), pow(3, 200, 1000), pow(12345678901234567890, 98765, 10 ** 12 + 39))
print([n for n in range(1, 10000) if sum(int(d) ** len(str(n)) for d in str(n)) == n])
print(sorted({a * a + b * b for a in range(10) for b in range(a, 10)})[:20])
print([math.comb(10, k) for k in range(11)], math.gcd(*[84, 126, 210]), math.lcm(*range(1, 21)))
digits = str(math.factorial(50))
print(digits, sum(map(int, digits)), digits.count("0"))
