# 100 doors, FizzBuzz variants, and a few classic one-liners
doors = [False] * 101
for step in range(1, 101):
    for d in range(step, 101, step):
        doors[d] = not doors[d]
print("open doors:", [i for i, o in enumerate(doors) if o])

def fizzbuzz(n, rules=((3, "Fizz"), (5, "Buzz"))):
    out = "".join(word for k, word in rules if n % k == 0)
    return out or str(n)

print(" ".join(fizzbuzz(i) for i in range(1, 31)))
print(" ".join(fizzbuzz(i, ((2, "Two"), (7, "Seven"))) for i in range(1, 22)))
print(*map(lambda i: "Fizz"*(i%3==0) + "Buzz"*(i%5==0) or i, range(1, 16)), sep=",")

# Pascal's triangle
def pascal(n):
    row = [1]
    for _ in range(n):
        yield row
        row = [a + b for a, b in zip([0] + row, row + [0])]

rows = list(pascal(12))
width = len("   ".join(map(str, rows[-1])))
for r in rows:
    print("   ".join(map(str, r)).center(width).rstrip())

# Collatz
def collatz(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq

s = collatz(27)
print(len(s), max(s), s[:8], s[-4:])
best = max(range(1, 10000), key=lambda k: len(collatz(k)))
print("longest under 10000:", best, len(collatz(best)))

# sieve
def sieve(limit):
    is_p = bytearray([1]) * (limit + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, int(limit ** 0.5) + 1):
        if is_p[i]:
            is_p[i*i::i] = bytes(len(range(i*i, limit + 1, i)))
    return [i for i, v in enumerate(is_p) if v]

ps = sieve(1000)
print(len(ps), ps[:15], ps[-5:], sum(ps))

# Towers of Hanoi
moves = []
def hanoi(n, a="A", b="B", c="C"):
    if n:
        hanoi(n - 1, a, c, b)
        moves.append((a, c))
        hanoi(n - 1, b, a, c)
hanoi(5)
print(len(moves), moves[:7])

# perfect numbers, amicable pairs
def divsum(n):
    s = 1
    i = 2
    while i * i <= n:
        if n % i == 0:
            s += i
            if i != n // i:
                s += n // i
        i += 1
    return s if n > 1 else 0
print([n for n in range(2, 10000) if divsum(n) == n])
print(sorted({tuple(sorted((a, divsum(a)))) for a in range(2, 3000) if divsum(a) != a and divsum(divsum(a)) == a}))

# digital root and happy numbers
def happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1
print([n for n in range(1, 60) if happy(n)])
print({n: (n - 1) % 9 + 1 for n in (0o17, 0x1F, 0b1011, 987654321, 10**20 + 7)})
