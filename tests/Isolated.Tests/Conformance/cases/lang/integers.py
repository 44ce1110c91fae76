print(2 ** 64, -(2 ** 63), 10 ** 30 // 7, 10 ** 30 % 7, (-10) ** 3)
print(7 // 2, -7 // 2, 7 // -2, 7 % -3, -7 % 3, divmod(17, 5), divmod(-17, 5))
print(1 << 70, (1 << 70) >> 68, -1 >> 5, 0xFF & 0x0F, 0xF0 | 0x0F, 6 ^ 3, ~5)
print(int("ff", 16), int("0b101", 0), int("  42  "), int(True), int(-7.9), int("1_000"))
print(hex(255), oct(8), bin(5), abs(-2 ** 70), (2 ** 70).bit_length(), (255).to_bytes(2, "big"))
print(3 == 3.0, 1 < 2.5, round(7, -1), pow(2, -1), 10 / 5, type(10 / 5).__name__)
print(max(1, 2, 3), min(3, 1, 2), sum(range(1000000)))
print(int.from_bytes(b"\x01\x00", "little"), (1234).__str__(), str(-0), bool(0), bool(-1))
big = 1
for i in range(1, 30):
    big *= i
print(big, len(str(big)))
