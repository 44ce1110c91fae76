def human_bytes(n):
    for unit in ["B", "KB", "MB", "GB", "TB"]:
        if abs(n) < 1024 or unit == "TB":
            return f"{n:.1f} {unit}" if unit != "B" else f"{n} {unit}"
        n /= 1024

for n in [0, 1, 1023, 1024, 123456, 10 ** 9, 2 ** 50]:
    print(f"{n:>20,} -> {human_bytes(n)}")

def to_words(n):
    ones = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
    if n < 20:
        return ones[n]
    if n < 100:
        return tens[n // 10] + ("-" + ones[n % 10] if n % 10 else "")
    if n < 1000:
        return ones[n // 100] + " hundred" + (" and " + to_words(n % 100) if n % 100 else "")
    for div, word in ((10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")):
        if n >= div:
            q, r = divmod(n, div)
            return to_words(q) + " " + word + ((", " if r >= 100 else " and ") + to_words(r) if r else "")
for n in [0, 7, 13, 21, 100, 105, 342, 1000, 1001, 99999, 1234567, 2000000017]:
    print(n, "=", to_words(n))

def to_base(n, b):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n == 0:
        return "0"
    s = []
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        s.append(digits[r])
    return ("-" if neg else "") + "".join(reversed(s))
for n in [0, 255, -255, 10 ** 20, 36 ** 3 - 1]:
    print(n, [to_base(n, b) for b in (2, 3, 8, 16, 36)], int(to_base(n, 36), 36) == n)
print(f"{0.1:.20f} {1/3:.3e} {12345.6789:,.2f} {-0.000001234:g} {1e-10:.2%} {3.0:#.3g} {3:#x}")
print("{:,}".format(-1234567.891), "{:_.3f}".format(1234567.891), "{:>+12,.1f}|".format(98765.4321))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(-0.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(1e16, ".17g"), format(123456789.123456789, ".15g"), format(2 ** 0.5, ".60f"))
for x in [1, 12, 123, 1234, 12345]:
    print(f"|{x:^9}|{x:<9}|{x:>9}|{x:09}|{x:+09}|{x:x^9}|")
print(f"{12:b} {12:o} {12:x} {12:X} {12:#b} {12:#o} {12:#X} {65:c} {12:n} {-12:08.2f}")
print("%08.3f|%-8d|%+.2e|%#o|%#x|%5.1f%%" % (3.14159, 42, 12345.678, 8, 255, 99.5))
money = 1234567.5
print(f"${money:,.2f}", f"€{money:_.0f}", f"{money:=^20,.1f}", f"{-money:(>15,.0f}")
pct = [0.1234, 0.5, 1, 0.00049]
print([f"{p:.1%}" for p in pct], [f"{p:.0%}" for p in pct])
import math
print(f"{math.pi:10.4f}|{math.pi:<10.4f}|{math.pi:^10.4f}|{math.e:+.3e}|{math.inf:>6}|{-math.inf:f}|{math.nan:F}")
print(round(2.675, 2), round(1.005, 2), f"{2.675:.2f}", f"{1.005:.2f}", round(0.1 + 0.2, 15), round(1234.5678, -2), round(-1234.5678, -3))
table = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 199.99)]
w = max(len(t[0]) for t in table)
print("+" + "-" * (w + 2) + "+" + "-" * 7 + "+" + "-" * 11 + "+")
for name, qty, price in table:
    print(f"| {name:<{w}} | {qty:>5} | {price:>9.2f} |")
print("+" + "-" * (w + 2) + "+" + "-" * 7 + "+" + "-" * 11 + "+")
