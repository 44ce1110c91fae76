# str methods and operators through the VM
s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.casefold())
print(s.find("o"), s.rfind("o"), s.count("l"), s.index("World"))
print(s.split(", "), s.rsplit("o", 1), s.partition(", "), s.rpartition("x"))
print(s.startswith("Hell"), s.endswith(("x", "ld")), "ell" in s, "z" not in s)
print(s.replace("l", "L", 2), s.center(20, "*"), s.ljust(15, "."), s.rjust(15))
print(repr("  pad  ".strip()), repr("xxhixx".strip("x")), repr("\t a \n".lstrip()))
print("-".join(["a", "b", "c"]), ", ".join(str(i) for i in range(4)))
print("ß".upper(), "ǅ".lower(), "ǆ".title(), "ΣΑΣ".lower(), "ﬁ".upper(), "İ".lower() == "i\u0307")
print("abc"[1], "abc"[-1], "abcdef"[1:4], "abcdef"[::-1], "abcdef"[::2], "a😀b"[1], len("a😀b"))
print([c for c in "a😀b"], list(reversed("abc")), sorted("cab"))
print("ab" * 3, 3 * "ab", "ab" + "cd", "abc" < "abd", "b" > "abc", "a" == "a")
print("x".isidentifier(), "1x".isidentifier(), "١٢".isdecimal(), "²".isdigit(), "½".isnumeric())
print("line1\nline2\r\nline3".splitlines(), "a\tb".expandtabs(4), "42".zfill(5), "-42".zfill(5))
print("hello".translate(str.maketrans("el", "ip", "o")), "abc".removeprefix("a"), "abc".removesuffix("c"))
print(str(123), str(b"ab", "ascii"), str(), repr(str(b"\xff", "latin-1")))
print(hash("abc") == hash("ab" + "c"), "abc".__len__(), "a".__add__("b"))
try:
    "abc" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    "a".center(5, "xy")
except TypeError as e:
    print("TypeError:", e)

class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("bob")
print(n, type(n).__name__, n.shout(), type(n.upper()).__name__, n == "bob", len(n), n + "x", isinstance(n, str))
n.extra = 5
print(n.extra, repr(n), f"{n:>5}|")

class Loud(str):
    def __str__(self):
        return "LOUD"
    def upper(self):
        return "overridden"

print(str(Loud("q")), Loud("q").upper(), "%s" % Loud("q"), f"{Loud('q')}")
