import math
from fractions import Fraction
from decimal import Decimal, getcontext

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f100 = fact(100)
print(f100)
print(len(str(f100)), sum(map(int, str(f100))), str(f100).count("0"))
print(f100 == math.factorial(100))
trailing = len(str(f100)) - len(str(f100).rstrip("0"))
print("trailing zeros", trailing)

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

f1000 = fib(1000)
s = str(f1000)
print(s[:20], "...", s[-20:], len(s))
print(fib(300) % 1_000_000_007, pow(2, 10**5, 10**9 + 7), pow(3, -1, 7), pow(-2, 3), (-2) ** -2)
print(2 ** 256, -(2 ** 127), (2**64 - 1).bit_length(), (2**64 - 1).bit_count())
print(hex(2**100), oct(-(8**30)), bin(12345678901234567890))
n = 600851475143
fs = []
d = 2
while d * d <= n:
    while n % d == 0:
        fs.append(d)
        n //= d
    d += 1
if n > 1:
    fs.append(n)
print(fs)
print(math.gcd(2**100, 6**50), math.lcm(12, 18, 30), math.isqrt(10**40 + 12345))
print(divmod(-7, 2), divmod(7, -2), -7 // 2, -7 % 2, 7 % -2, divmod(-7.5, 2), -7.5 % 2)
print((10**30) // 7, (10**30) % 7, -(10**30) // 7, -(10**30) % 7, divmod(-10**25, 10**12 + 1))
print(int("1" * 50, 2), int("zz", 36), int("0x_ff", 16), int("  -42  "), int("1_000_000"), int("0b101", 0))
print((255).to_bytes(2, "big"), (-1).to_bytes(2, "little", signed=True), int.from_bytes(b"\xff\x00", "little"))
print((1024).to_bytes(4, byteorder="big"), int.from_bytes(b"\x80\x00", "big", signed=True))
print(round(2.5), round(3.5), round(-2.5), round(1.2345, 2), round(123456, -2), round(-0.5), round(2.675, 2))
print(Fraction(1, 3) + Fraction(1, 6), Fraction(3, 4) ** 2, Fraction("0.125"), Fraction(1.1).limit_denominator(100))
h = sum(Fraction(1, k) for k in range(1, 21))
print(h, float(h), h.numerator % 1000, round(h, 3))
getcontext().prec = 50
print(Decimal(1) / Decimal(7))
print(Decimal(2).sqrt())
print(Decimal("1.10") + Decimal("2.20"), Decimal("3.14159").quantize(Decimal("0.01")))
print(math.comb(52, 5), math.perm(10, 3), math.prod(range(1, 11)))
print(str(2**1000)[:30], len(str(3**2000)))
print(10**18 + 1 == int(1e18) + 1, float(10**18 + 1), int(1e22), 1e22 == 10**22, 2**53 + 1 == float(2**53 + 1))
x = 12345678901234567890123456789
print(x * x, x // 123456789, x % 987654321, -x >> 10, x << 70, x & 0xFFFF, x | 1, x ^ (x >> 3), ~x)
print(f"{x:,}", f"{x:_}", f"{x:e}", f"{255:#010b}", f"{-255:x}", f"{x:>40}", f"{2**70:_x}")
