# Number conversions: arbitrary bases, Roman numerals with validation, binary/hex dumps, base64-like alphabet encoding.
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))


ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range")
    out = ""
    for v, s in ROMAN:
        q, n = divmod(n, v)
        out += s * q
    return out


def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r}")
    return total


for n, b in [(255, 2), (255, 16), (-42, 7), (10 ** 20, 36), (0, 3), (1295, 36)]:
    s = to_base(n, b)
    print(n, b, s, int(s, b) == n)
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r))
for bad in ["IIII", "VX", "MCMXCIVI", "IC"]:
    try:
        from_roman(bad)
    except (ValueError, KeyError) as e:
        print("invalid", bad, type(e).__name__, e)
try:
    to_roman(4000)
except ValueError as e:
    print("ValueError:", e)
data = "Hi! ©".encode()
print(" ".join(f"{b:08b}" for b in data))
print(" ".join(f"{b:02x}" for b in data), data.hex(":"), int.from_bytes(data, "big"), bin(int.from_bytes(data, "big")).count("1"))
print([format(x, "#06x") for x in (1, 255, 4096)], f"{0xCAFE:_b}", int("1010_1010", 2), oct(0o777), 0b1111 ^ 0b1010)
