# Big integers: arithmetic, str/repr conversion, pow with modulus, gcd-like algorithms.
import math

a = 2 ** 200 + 12345678901234567890
b = 3 ** 120 - 987654321
print(a)
print(b)
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b, divmod(b, 12345))
print(-a // b, -a % b, a // -b, a % -b)
print(a ** 3 % 1000000007)
print(pow(a, b, 10 ** 9 + 7), pow(a, -1, 10 ** 9 + 7), pow(-a, 3, 97))
print(pow(3, -2, 7), pow(2, 10, -7), pow(5, 0, 1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
print(math.gcd(a, b), math.gcd(2 ** 100, 6 ** 50), math.lcm(2 ** 40, 3 ** 20))
print(math.isqrt(a), math.isqrt(10 ** 50), math.factorial(30))
print(math.comb(100, 50), math.perm(20, 10))
print(hex(a), oct(b), bin(2 ** 70 + 1))
print(a.bit_length(), b.bit_length(), a.bit_count())
print(int(str(a)) == a, int(hex(a), 16) == a, repr(-a)[:20])
print(a > b, a < b, a == a + 0, a != b, -a < -b)
print(a & b, a | b, a ^ b, ~a)
print(a << 70, a >> 150, (-a) >> 150)
print(float(a), float(b), a / b, b / a)
print(a / 3, 10 ** 30 / 10 ** 10, (10 ** 400) // (10 ** 399))
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(round(a, -50), round(123456789, -3), round(-2 ** 70, -10))
print(abs(-a) == a, hash(a) == hash(a % (2 ** 61 - 1)), hash(-a) == -hash(a))
n = 1
for i in range(1, 60):
    n *= i
print(n, len(str(n)), str(n).count('0'))
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)))
fib = [0, 1]
while len(fib) < 300:
    fib.append(fib[-1] + fib[-2])
print(fib[-1], fib[299] % 1000000007)
print(sorted([2 ** 70, -2 ** 70, 5, -3, 2 ** 64, 2 ** 64 - 1]))
print(max(10 ** 20, 10 ** 20 + 1.0), min(-10 ** 30, -1e30))
print(2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 == 2.0 ** 64, (2 ** 64 + 1) > 2.0 ** 64)
print(f"{a:,}", f"{a:_x}", f"{-b:>80}", f"{a:e}", f"{b:.3g}")
print(divmod(-(10 ** 40), 10 ** 20 + 7), (10 ** 40) % -(10 ** 20 + 7))
