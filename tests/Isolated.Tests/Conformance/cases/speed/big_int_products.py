# Big-int times small-int products (written straight into the result's limbs) must equal the
# general multiplication: checked through division, hashing, str and bit_length, with signs,
# factors at the 32-bit edges, and subclasses that override __mul__ / __rmul__.
import math

p = 1
for i in range(1, 3001):
    p *= i
print(p.bit_length(), p % 1_000_000_007, hash(p) % 1_000_003, math.factorial(3000) == p)

q = p
for f in (2**32 - 1, -(2**32 - 1), 2**32, -(2**32), 2**31, 3, -1, 1, 2**63, 2**64 + 1):
    r = q * f
    s = f * q
    print(f, r == s, r // f == q, r % f, r.bit_length(), (r < 0) == ((q < 0) != (f < 0)))
    q = -q

# Carries that do or do not reach a new top limb.
for top in (1, 2**31 - 1, 2**31, 2**32 - 1, (2**32 - 1) // 1000):
    for low in (0, 1, 2**32 - 1):
        big = (top << 64) + (low << 32) + low
        for f in (1000, 2**32 - 1, 7):
            r = big * f
            assert r == sum(((big >> (32 * k)) & 0xFFFFFFFF) * f << (32 * k) for k in range(3)), (top, low, f)
            print(r.bit_length(), str(r)[-12:], end=' ')
    print()

print(str(p * 0), type(p * 0).__name__, str(-p * 0))

class Mine(int):
    def __mul__(self, other):
        return ('mul', int(self) % 97, other % 1_000_000_007)
    def __rmul__(self, other):
        return ('rmul', int(self) % 97, other % 1_000_000_007)

print(Mine(5) * p, p * Mine(5))
print(type(True * p).__name__, (True * p) == p, (p * False) == 0)

acc = -1
for i in range(1, 200):
    acc *= -i if i % 3 else i
print(acc == (-1) ** (1 + sum(1 for i in range(1, 200) if i % 3)) * math.factorial(199))
