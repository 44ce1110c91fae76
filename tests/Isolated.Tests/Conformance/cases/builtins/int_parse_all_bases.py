# int(text, base) and format round trips for every base 2..36 and many digit counts (exercises the long/bigint boundary).
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n, b):
    s = ""
    m = abs(n)
    while m:
        m, r = divmod(m, b)
        s = DIGITS[r] + s
    return ("-" if n < 0 else "") + (s or "0")


bad = []
checked = 0
for b in range(2, 37):
    for n in [0, 1, b - 1, b, 2 ** 31 - 1, 2 ** 62, 2 ** 63 - 1, 2 ** 63, 2 ** 64 + 1, 10 ** 20 + 12345, 36 ** 13 - 1, -(10 ** 25), 7 ** 40]:
        s = to_base(n, b)
        checked += 1
        if int(s, b) != n or int(s.upper(), b) != n:
            bad.append((b, len(s)))
print("checked", checked, "bad", bad)
print(int("zzzzzzzzzzzzzz", 36), int("z" * 13, 36), int("ffffffffffffffffffff", 16), int("1" * 30, 7), int("7" * 25, 8))
print(int("0x" + "f" * 17, 0), int("0o" + "7" * 22, 0), int("0b" + "1" * 64, 0), int("-" + "9" * 19), int("+" + "1" * 18 + "0"))
print(int("1_0000_0000_0000_0000_0000", 10), int("  -0000000000000000000000042  "), int("z_z_z_z_z_z_z_z_z_z_z_z_z", 36))
print([int(x, 36) for x in ["a", "10", "zz", "100000000000", "1000000000000", "10000000000000"]])
