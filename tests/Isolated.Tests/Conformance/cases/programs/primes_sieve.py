def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
    return [i for i, p in enumerate(is_prime) if p]

def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True

def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors

primes = sieve(100)
print(primes)
print(len(sieve(10000)), sum(sieve(1000)))
assert all(is_prime(p) for p in primes)
print([n for n in range(90, 110) if is_prime(n)])
for n in (360, 97, 1001, 2**10, 600851475143):
    f = factorize(n)
    print(n, "=", " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items())))
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print("twins:", twins)
goldbach = {}
for even in range(4, 40, 2):
    for p in primes:
        if is_prime(even - p):
            goldbach[even] = (p, even - p)
            break
print(goldbach)
