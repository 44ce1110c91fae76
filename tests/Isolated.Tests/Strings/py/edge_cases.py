# Edge cases: subclasses with __new__, iteration protocols, mixed operands, identity results
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("abc")
print(u, type(u).__name__, u.lower(), len(u), u[0], u[1:], u * 2, "x" + u, hash(u) == hash("ABC"))
print("ABC" in {u}, sorted([Upper("b"), "a", Upper("c")]))

class Seq:
    def __getitem__(self, i):
        if i < 3:
            return "xyz"[i]
        raise IndexError(i)
print("-".join(Seq()), list(iter("ab")), next(iter("😀x")), [ord(c) for c in "é😀"])
it = iter("abc")
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), list(it))

class Rev:
    def __radd__(self, other):
        return "radd:" + other
    def __rmul__(self, other):
        return "rmul:" + other
    def __rmod__(self, other):
        return "rmod:" + other
print("a" + Rev(), "b" * Rev(), "%s" % Rev() is not None)

print(str.upper("abc"), str.join(",", "ab"), "abc".__getitem__(slice(None, None, -1)), str.__len__("abcd"))
print("abc".__contains__("b"), "abc".__mod__(()), "%s".__mod__(1), "a".__mul__(3), "a".__rmul__(2))
print("a" "b" == "ab", "abc".__eq__(1), "abc".__lt__(1), "abc" != 1)
try:
    "abc" < 1
except TypeError as e:
    print(e)
try:
    1 * "a" * 1.5
except TypeError as e:
    print(e)
try:
    "".join(5)
except TypeError as e:
    print(e)
try:
    "a" in 5
except TypeError as e:
    print(e)
try:
    5 in "a"
except TypeError as e:
    print(e)
print(format(5, ""), format(5.5, "<8.2f"), f"{'abc':.{2}}", f"{3!s:>3}", f"{'x'!a}", "{0:{1}{2}}".format("v", "^", 7))
print("{0.real} {0.imag}".format(3), "{.__class__.__name__}".format("s"), "{[0][1]}".format(["ab"]))
print(str(b"abc"), str(bytearray(b"x")), repr(bytearray(b"y")), str(memoryview(b"z"))[:13])
class BA(bytearray):
    pass
print(BA(b"x"), BA(b"ab") + b"c", type(BA(b"ab").upper()).__name__)
x = bytearray(b"abc")
x[1:2] = [66, 67]
x[5:] = bytearray(b"!")
x[:0] = memoryview(b">")
print(x, x[1], x[-1], bytes(x[::2]))
print(bytes(range(5)), bytes((1, 2)), bytearray(range(3)), list(bytearray(b"hi")), sum(b"\x01\x02"), max(b"abc"))
print(b"a b".split(), b"abc".partition(b"b"), b"a\nb\r\nc".splitlines(True), b"abc".startswith((b"x", b"a")))
print(b"abc".translate(None, b"b"), b"abc".title(), b"AbC".swapcase(), b"a" < b"b", bytearray(b"a") == b"a")
print("𝔘".isalpha(), "𝔘".upper(), "ÿ".upper(), "ŉ".upper(), "ᾳ".upper(), "ᾳ".title(), "ﬃ".title(), "ǈ".istitle())
print("Ǆ".title(), "ǆa".capitalize(), "ΌΣΟΣ".lower(), "ΣΑΣ ΣΑΣ.".lower(), "aΣ".swapcase(), "ß".casefold(), "ﬅ".casefold())
