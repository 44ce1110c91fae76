# int()/float()/complex() construction, methods, round, formatting and str/repr.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


for text, base in [("42", 10), (" -0x1F ", 16), ("0b101", 0), ("0o17", 0), ("010", 0), ("1_000", 10), ("z", 36), ("12", 2), ("", 10)]:
    show(f"int({text!r}, {base})", lambda: int(text, base))
show("int(b'12')", lambda: int(b"12"))
show("int(b'x')", lambda: int(b"x"))
show("int(3.9)", lambda: int(-3.9))
show("int(inf)", lambda: int(float("inf")))
show("int(nan)", lambda: int(float("nan")))
show("int([])", lambda: int([]))
show("int base", lambda: int("5", 40))
for text in ["1.5", " -2.5e3 ", "1_000.25", "inf", "-nan", "1e500", "x", "1__0", ".5", "5."]:
    show(f"float({text!r})", lambda: float(text))
show("float(b'1.5')", lambda: float(b"1.5"))
show("float(10**400)", lambda: float(10 ** 400))
for text in ["1+2j", "(3-4j)", "j", "-1.5e3j", "1 + 2j", "nan+infj"]:
    show(f"complex({text!r})", lambda: complex(text))
show("complex(1, 2)", lambda: complex(1, 2))
show("complex(1j, 1j)", lambda: complex(1j, 1j))

for v in [0.1, 1e16, 1e-5, 123456789012345678.0, 1.5e-7, -0.0, float("inf"), 1 / 3, 2.5e-310, 1e22]:
    print("repr", repr(v), str(v))
print("complex repr", repr(1 + 2j), repr(-0j), repr(complex(-0.0, -0.0)), repr(complex(float("nan"), float("inf"))), repr(1e16j))

show("methods", lambda: ((255).bit_length(), (-255).bit_count(), (10).as_integer_ratio(), (0.75).as_integer_ratio(), (1.5).is_integer(), (2.0).is_integer(), (5).is_integer()))
show("hex", lambda: ((1.5).hex(), (-0.0).hex(), (5e-324).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074")))
show("attrs", lambda: ((5).real, (5).imag, (5).numerator, (5).denominator, (2.5).real, (2.5).imag, (1 + 2j).real, (1 + 2j).imag, (1 + 2j).conjugate()))
show("bytes", lambda: ((258).to_bytes(2, "big"), (258).to_bytes(2, "little"), (-2).to_bytes(2, "big", signed=True), int.from_bytes(b"\x01\x02", "big"), int.from_bytes([255, 254], "little", signed=True)))
show("to_bytes overflow", lambda: (256).to_bytes(1, "big"))
show("round", lambda: (round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(0.125, 2), round(1234.5678, -2), round(12345, -2), round(25, -1), round(1e300, 2)))
show("round err", lambda: round(float("inf")))
show("round str", lambda: round("a"))
show("pow", lambda: (pow(3, 4, 5), pow(3, -1, 7), pow(2, 100, 10 ** 9 + 7), pow(-3, 3, -7), pow(2.0, 3)))
show("pow err", lambda: pow(2, -1, 4))
show("divmod", lambda: (divmod(7, -2), divmod(-7.5, 2), divmod(10 ** 20, 7)))
show("bin/oct/hex", lambda: (bin(-10), oct(64), hex(255), hex(-(2 ** 70))))
show("abs", lambda: (abs(-5), abs(-2.5), abs(3 + 4j), abs(True)))

for v, spec in [(1234567, ","), (1234567, "_"), (255, "#010x"), (255, "_b"), (65, "c"), (-42, "=+8"), (42, "^9"),
                (3.14159, ".2f"), (3.14159, "10.3e"), (1234.5, ",.2f"), (0.5, ".1%"), (1e16, ""), (1.0, ".3"),
                (123456789.0, "g"), (-0.0, "z.1f"), (float("nan"), "+"), (1 + 2j, ".2f"), (1j, "<8"), (1234, "08,"),
                (1.5, "x"), (1, ".2d"), (1, ",_")]:
    show(f"format({v!r}, {spec!r})", lambda: format(v, spec))
print(f"{255:#x} {3.5:>8.2f} {1234567:,} {0.25:.0%} {2+3j:.1f} {True:d} {True} {-7:+05d}")
print("%d %5.2f %e %x %s %r" % (42, 3.14159, 12345.678, 255, 1.5, 0.1))
show("str limit", lambda: str(10 ** 5000))
show("int limit", lambda: int("1" * 5000))
show("hex big", lambda: len(hex(10 ** 5000)))
show("sizeof", lambda: ((0).__sizeof__(), (2 ** 30).__sizeof__(), (1.5).__sizeof__(), (1j).__sizeof__()))
show("int subclass new", lambda: type("I", (int,), {"__new__": lambda cls, v: int.__new__(cls, v * 2)})(21))
show("float subclass", lambda: (type("F", (float,), {})("2.5") + 1, repr(type("F", (float,), {})(0.1))))
show("complex from __complex__", lambda: complex(type("Z", (), {"__complex__": lambda self: 3j})()))
show("index on float", lambda: [1, 2][1.0])
show("round(int, None)", lambda: (5).__round__(None))
show("float.__round__(None)", lambda: (2.5).__round__(None))
show("true/floor small", lambda: (7 / 2, -7 // 2, 7 % -2, 2 ** 63 // 1, -(2 ** 63) // -1, 1 / 3))
show("buffers", lambda: (int(memoryview(b"12")), float(memoryview(b"1.5")), int(bytearray(b"ff"), 16)))
show("buffer error", lambda: int(memoryview(b"x")))
