#!/usr/bin/env python3.12
"""Generates StrCases.Generated.cs: method calls on str/bytes/bytearray and formatting
operations with the results CPython 3.12 gives (a repr, or the exception type and message).
Run: python3.12 generate_cases.py > StrCases.Generated.cs
"""

CASES = []


def case(recv, method, *args, **kwargs):
    CASES.append((recv, method, args, kwargs))


S = ["", "abc", "Hello World", "  spaced  out  ", "ß", "ǅungla", "ΑΣ ΟΔΟΣ", "ﬁx", "İstanbul", "a\tb\tc", "line1\nline2\r\nline3\rx\x1cy\u2028z",
     "12", "١٢٣", "²", "½", "Ⅻ", "straße", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "a😀b", "_id1", "1abc", "Ⅸx", "ǆ", "\x00\x7f\x80\xff\u0100\u200b\ud800", "'\"", "MiXeD cAsE", "hello world_42x",
     "ᾳ", "ŉ", "Σ", "aΣ", "aΣb", "a.Σ", "ꭰ", "Ꭰ", "ﬀ"]

for s in S:
    for m in ["upper", "lower", "casefold", "swapcase", "title", "capitalize", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit",
              "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "split", "rsplit", "splitlines", "strip",
              "__len__", "__repr__"]:
        case(s, m)

for s in ["abcabcabc", "a😀b😀c", "", "aaa"]:
    for sub in ["", "a", "bc", "😀", "x", "abc"]:
        for rng in [(), (1,), (1, 5), (-3,), (-100, 100), (4, 2), (10,)]:
            for m in ["find", "rfind", "count", "startswith", "endswith", "index"]:
                case(s, m, sub, *rng)

for s in ["a,b,,c", ",a,", "a b  c", "  a  b  ", "abc", "a😀b😀c"]:
    for args in [(",",), (",", 1), (None, 1), (" ",), (None, 0), (",", -1), ("😀",), ("",)]:
        case(s, "split", *args)
        case(s, "rsplit", *args)
    case(s, "partition", ",")
    case(s, "rpartition", ",")
    case(s, "split", maxsplit=1)
    case(s, "rsplit", sep=",", maxsplit=1)

for s in ["abc", "aaa", "", "a😀b"]:
    for args in [("a", "x"), ("", "-"), ("", "-", 2), ("a", "", 1), ("aa", "b"), ("a", "xy", 0), ("😀", "!"), ("a", "b", -1)]:
        case(s, "replace", *args)

for s in ["abc", "", "a😀", "-42", "+7", "x"]:
    for args in [(5,), (6, "*"), (2,), (-1,), (7, "😀")]:
        for m in ["center", "ljust", "rjust"]:
            case(s, m, *args)
    case(s, "zfill", 6)

for s in ["xxhixx", "  hi  ", "\t\n hi \x1c", "😀hi😀", "abcba"]:
    for args in [(), (None,), ("x",), ("ab",), ("😀",)]:
        for m in ["strip", "lstrip", "rstrip"]:
            case(s, m, *args)

case("a\tbc\tdef\n\tx", "expandtabs")
case("a\tbc\tdef\n\tx", "expandtabs", 4)
case("a\tbc\tdef\n\tx", "expandtabs", 0)
case("a\tbc", "expandtabs", tabsize=2)
case("😀\tx", "expandtabs", 4)
case("line1\nline2\r\nline3\rx\x1cy\u2028z\n", "splitlines", True)
case("a\n\nb", "splitlines", keepends=True)
case(",", "join", ["a", "b", "c"])
case(",", "join", ("a",))
case("", "join", [])
case("-", "join", "abc")
case(",", "join", ["a", 1])
case(",", "join", 5)
case("prefix-body-suffix", "removeprefix", "prefix-")
case("prefix-body-suffix", "removesuffix", "-suffix")
case("abc", "removeprefix", "")
case("abc", "removeprefix", 1)
case("hello", "translate", {ord("l"): "L", ord("o"): None, ord("h"): 72})
case("hello", "translate", {ord("l"): 0x1F600})
case("hello", "translate", {ord("l"): 1.5})
case("abc", "encode")
case("aé😀", "encode")
case("aé😀", "encode", "latin-1", "replace")
case("aé😀", "encode", "ascii", "backslashreplace")
case("aé😀", "encode", "ascii", "xmlcharrefreplace")
case("aé😀", "encode", "ascii", "ignore")
case("aé😀", "encode", "utf-16")
case("aé😀", "encode", "utf-16-be")
case("aé😀", "encode", "utf-32-le")
case("aé€", "encode", "cp1252")
case("a\udc80b", "encode", "utf-8", "surrogateescape")
case("a\ud800b", "encode", "utf-8", "surrogatepass")
case("a\ud800b", "encode")
case("é", "encode", "ascii")
case("a", "encode", "bogus")
case("€", "encode", "latin-1")
case("{} and {}", "format", 1, "x")
case("{1}{0}{1}", "format", "a", "b")
case("{name}!", "format", name="Bob")
case("{0!r:>8}|{0!s:<6}|{0!a}", "format", "é")
case("{:^9}|{:*>4}|{:.2}|{:}", "format", "mid", "r", "trunc", "plain")
case("{0[1]}{0[0]}", "format", "ab")
case("{0[x]}", "format", {"x": 5})
case("{{}} {{{0}}}", "format", 7)
case("{:{}}|", "format", "a", 4)
case("{", "format")
case("}", "format")
case("{0}{}", "format", 1, 2)
case("{}{0}", "format", 1, 2)
case("{1}", "format", 1)
case("{x}", "format")
case("{0!z}", "format", 1)
case("{0:d}", "format", "s")
case("{:{:{}}}", "format", 1, 2, 3)
case("{0.}", "format", 1)
case("{0[]}", "format", 1)
case("{0[0]x}", "format", [1])
case("{a}", "format_map", {"a": 2})
case("{0}", "format_map", {})
case("%s|%r|%a|%5s|%-5s|%.2s", "__mod__", ("x", "y", "é", "ab", "cd", "xyz"))
case("%d|%i|%u|%5d|%-5d|%05d|%+d|% d|%.3d", "__mod__", (1, -2, 3, 4, 5, -6, 7, 8, 9))
case("%o|%#o|%x|%#x|%X|%#X|%x", "__mod__", (8, 8, 255, 255, 255, 255, -255))
case("%c%c", "__mod__", (65, "é"))
case("%(a)s-%(b)d", "__mod__", {"a": "x", "b": 3})
case("%s %s", "__mod__", 1)
case("%s", "__mod__", (1, 2))
case("%d", "__mod__", "a")
case("%x", "__mod__", 1.5)
case("%z", "__mod__", 1)
case("%", "__mod__", ())
case("%*d|%-*d|%.*s", "__mod__", (5, 1, 5, 2, 2, "abcdef"))
case("%f|%.2f|%e|%.3E|%g|%G|%g|%g", "__mod__", (3.14159, 2.005, 12345.678, 0.000123, 0.00001, 1e20, 100000.0, 1234567.0))
case("%.0f|%#.0f|%10.3f|%-10.2e|%+.1f|%f|%f", "__mod__", (2.5, 3.0, -1.5, 1234.5, 0.05, float("inf"), float("nan")))
case("%d|%d", "__mod__", (3.99, 2 ** 70))
case("%s", "__mod__", [1, 2])
case("%%|%s", "__mod__", ("x",))
case("%c", "__mod__", 0x110000)
case("%(a)s %s", "__mod__", {"a": 1})
case("x", "__format__", "")
case("x", "__format__", ">5")
case("x", "__format__", "*^7")
case("hello", "__format__", ".3")
case("x", "__format__", "05")
case("x", "__format__", "+")
case("x", "__format__", "=5")
case("x", "__format__", "#")
case("x", "__format__", ",")
case("x", "__format__", "d")
case("x", "__format__", "s ")
case("😀", "__format__", "3")
case("abc", "__getitem__", 1)
case("abc", "__getitem__", -1)
case("abc", "__getitem__", 3)
case("a😀b", "__getitem__", 1)
case("a😀b", "__getitem__", 2)
case("abcdef", "__getitem__", slice(1, 4))
case("abcdef", "__getitem__", slice(None, None, -1))
case("abcdef", "__getitem__", slice(None, None, 2))
case("a😀b😀c", "__getitem__", slice(None, None, -1))
case("a😀b😀c", "__getitem__", slice(1, 4))
case("abc", "__getitem__", "x")
case("abc", "__contains__", "bc")
case("abc", "__contains__", 1)
case("ab", "__add__", "cd")
case("ab", "__add__", 1)
case("ab", "__mul__", 3)
case("ab", "__mul__", -1)
case("ab", "__mul__", "x")
case("abc", "__lt__", "abd")
case("\uffff", "__lt__", "😀")
case("abc", "__eq__", "abc")
case("", "maketrans", "abc", "xyz")
case("", "maketrans", "abc", "xyz", "q")
case("", "maketrans", {"a": "b", 98: None})
case("", "maketrans", "ab", "c")
case("", "maketrans", 1)
case("abc", "upper", 1)
case("abc", "find")
case("abc", "center")
case("abc", "center", "x")
case("abc", "center", 5, "xy")
case("abc", "ljust", 5, 1)
case("abc", "startswith", 1)
case("abc", "startswith", ("x", "a"))
case("abc", "startswith", ("x", 1))
case("abc", "strip", 1)
case("abc", "split", 1)
case("abc", "split", "")
case("abc", "partition", "")
case("abc", "replace", "a")
case("abc", "index", "z")
case("abc", "zfill")

# bytes and bytearray
BS = [b"", b"abc", b"Hello World", b"  a b  ", b"\x00\n'\"\\\x7f\x80\xff", b"12", b"aBc dEf", b"Title Case", b"a,b,,c", b"\t x \n"]
for b in BS:
    for m in ["upper", "lower", "swapcase", "title", "capitalize", "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace",
              "istitle", "isupper", "split", "rsplit", "splitlines", "strip", "hex", "__len__", "__repr__", "decode"]:
        case(b, m)
        case(bytearray(b), m)
for b in [b"abcabc", b""]:
    for sub in [b"", b"b", b"bc", 98, 300, "b"]:
        for rng in [(), (1,), (1, 4), (-2,)]:
            for m in ["find", "rfind", "count", "index"]:
                case(b, m, sub, *rng)
    for m in ["startswith", "endswith"]:
        case(b, m, b"ab")
        case(b, m, (b"x", b"bc"))
        case(b, m, "ab")
for b in [b"a,b,,c", b"a b  c"]:
    for args in [(b",",), (b",", 1), (None, 1), (None,), ("x",)]:
        case(b, "split", *args)
        case(bytearray(b), "rsplit", *args)
    case(b, "partition", b",")
    case(b, "rpartition", b",")
case(b"abc", "replace", b"b", b"XX")
case(b"abc", "replace", b"", b"-")
case(bytearray(b"abc"), "replace", b"b", b"XX")
case(b"abc", "center", 7, b"*")
case(b"abc", "center", 7, "*")
case(b"-5", "zfill", 4)
case(b"a\tb", "expandtabs", 4)
case(b",", "join", [b"a", bytearray(b"b"), memoryview(b"c")])
case(b",", "join", [b"a", "b"])
case(b"hello", "translate", None, b"l")
case(b"hello", "translate", bytes.maketrans(b"el", b"ip"))
case(b"", "maketrans", b"ab", b"xy")
case(b"\x01\xab\xff", "hex")
case(b"\x01\xab\xff\x10", "hex", ":")
case(b"\x01\xab\xff\x10\x20", "hex", "-", 2)
case(b"\x01\xab\xff\x10\x20", "hex", "-", -2)
case(b"", "fromhex", "01 ab FF")
case(b"", "fromhex", "0g")
case(b"", "fromhex", "1")
case(b"abc", "__getitem__", 0)
case(b"abc", "__getitem__", slice(None, None, -1))
case(b"abc", "__getitem__", 5)
case(bytearray(b"abc"), "__getitem__", slice(1, None))
case(b"abc", "__contains__", 98)
case(b"abc", "__contains__", b"bc")
case(b"abc", "__contains__", "b")
case(b"abc", "__contains__", 256)
case(b"ab", "__add__", b"cd")
case(b"ab", "__add__", bytearray(b"cd"))
case(b"ab", "__add__", "cd")
case(bytearray(b"ab"), "__add__", b"cd")
case(b"ab", "__mul__", 3)
case(b"ab", "__lt__", b"abc")
case(b"ab", "__eq__", bytearray(b"ab"))
case(bytearray(b"ab"), "__eq__", b"ab")
case(b"%s|%b|%r|%a|%c|%c|%d|%5.1f|%x", "__mod__", (b"x", bytearray(b"y"), b"z", "\xe9", 65, b"B", 42, 2.25, 255))
case(b"%s", "__mod__", "str")
case(b"%(k)s", "__mod__", {b"k": b"v"})
case(b"\xff\xfe", "decode", "utf-8")
case(b"a\xe2\x82", "decode")
case(b"a\xe2\x28b", "decode")
case(b"\xed\xa0\x80", "decode")
case(b"\xf0\x90\x80\x41", "decode", "utf-8", "replace")
case(b"a\xffb\xc0\x80", "decode", "utf-8", "replace")
case(b"a\xffb", "decode", "utf-8", "backslashreplace")
case(b"a\xffb", "decode", "utf-8", "surrogateescape")
case(b"a\xffb", "decode", "utf-8", "ignore")
case(b"\xed\xa0\x80", "decode", "utf-8", "surrogatepass")
case(b"a\xffb", "decode", "ascii")
case(b"a\xffb", "decode", "latin-1")
case(b"a\x81\x80", "decode", "cp1252")
case(b"\xff\xfea\x00", "decode", "utf-16")
case(b"a\x00b", "decode", "utf-16-le")
case(b"\x00\xd8a\x00", "decode", "utf-16-le")
case(b"\xff\xfe\x00\x00a\x00\x00\x00", "decode", "utf-32")
case(b"\x00\x00\x11\x00", "decode", "utf-32-le")
case(b"\xef\xbb\xbfabc", "decode", "utf-8-sig")
case(b"abc", "decode", "nope")
case("a\tb\\c\x00é\u20ac😀'\"", "encode", "unicode_escape")
case("a\tb\\cé\u20ac😀", "encode", "raw_unicode_escape")
case(b"a\\tb\\x41\\u20ac\\U0001f600\\101\\\n\\q\\\\", "decode", "unicode_escape")
case(b"\\x4", "decode", "unicode_escape")
case(b"ab\\u12", "decode", "unicode_escape")
case(b"\\U00110000", "decode", "unicode_escape")
case(b"x\\", "decode", "unicode_escape")
case(b"\\x4z", "decode", "unicode_escape", "replace")
case(b"a\\u20ac\\\\u20ac\\t\xe9", "decode", "raw_unicode_escape")
case(b"\\u12", "decode", "raw_unicode_escape")
case(b"a\xffb", "decode", "utf-8", "nope")

import operator
# Random cases (fixed seed): method calls on strings drawn from a pool of awkward characters.
import random
rng = random.Random(3120)
POOL = "aAbBzZ09 _-,.\t\nßΣσςǅǆİıﬁ😀𝔘\u2028\x1c\u00a0١½"
def rstr(n=8):
    return "".join(rng.choice(POOL) for _ in range(rng.randint(0, n)))
NOARG = ["upper", "lower", "casefold", "swapcase", "title", "capitalize", "isalnum", "isalpha", "isdecimal", "isdigit",
         "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "split", "rsplit", "splitlines", "strip", "__repr__"]
for _ in range(600):
    s = rstr(10)
    kind = rng.randint(0, 5)
    if kind == 0:
        case(s, rng.choice(NOARG))
    elif kind == 1:
        case(s, rng.choice(["find", "rfind", "count", "startswith", "endswith"]), rstr(2), rng.randint(-12, 12), rng.randint(-12, 12))
    elif kind == 2:
        case(s, rng.choice(["split", "rsplit"]), rng.choice([None, rstr(1) or "a", rstr(2) or "b"]), rng.randint(-1, 3))
    elif kind == 3:
        case(s, "replace", rstr(1), rstr(2), rng.randint(-1, 3))
    elif kind == 4:
        case(s, rng.choice(["center", "ljust", "rjust"]), rng.randint(0, 14), rng.choice(" *😀ß"))
    else:
        case(s, "__getitem__", slice(rng.choice([None, rng.randint(-12, 12)]), rng.choice([None, rng.randint(-12, 12)]), rng.choice([None, 1, 2, -1, -3])))



def lit(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return f"{v}L" if -2**63 <= v < 2**63 else f"System.Numerics.BigInteger.Parse(\"{v}\")"
    if isinstance(v, float):
        if v != v:
            return "double.NaN"
        if v in (float("inf"), float("-inf")):
            return "double.PositiveInfinity" if v > 0 else "double.NegativeInfinity"
        return repr(v) + "d" if "e" in repr(v) or "." in repr(v) else repr(v) + ".0d"
    if isinstance(v, str):
        return "\"" + "".join(c if 32 <= ord(c) < 127 and c not in "\"\\" else f"\\u{ord(c):04x}" if ord(c) < 0x10000 else f"\\U{ord(c):08x}" for c in v) + "\""
    if isinstance(v, bytearray):
        return "new ByteArrayValue(new byte[] {" + ", ".join(str(x) for x in v) + "})"
    if isinstance(v, memoryview):
        return "new MemoryViewValue(new byte[] {" + ", ".join(str(x) for x in v.tobytes()) + "})"
    if isinstance(v, bytes):
        return "new byte[] {" + ", ".join(str(x) for x in v) + "}"
    if isinstance(v, tuple):
        return "new TupleValue(" + ", ".join(lit(x) for x in v) + ")"
    if isinstance(v, list):
        return "new ListValue(" + ", ".join(lit(x) for x in v) + ")"
    if isinstance(v, dict):
        return "new DictValue(" + ", ".join(f"{lit(k)}, {lit(x)}" for k, x in v.items()) + ")"
    if isinstance(v, slice):
        return f"new SliceValue({lit(v.start)}, {lit(v.stop)}, {lit(v.step)})"
    raise TypeError(type(v))


OPERATORS = {
    "__len__": len, "__repr__": repr, "__getitem__": operator.getitem, "__contains__": operator.contains,
    "__add__": operator.add, "__mul__": operator.mul, "__mod__": operator.mod, "__lt__": operator.lt, "__eq__": operator.eq,
}


def run(recv, method, args, kwargs):
    try:
        if method in OPERATORS:
            r = OPERATORS[method](recv, *args)
        elif method == "maketrans" or method == "fromhex":
            r = getattr(type(recv), method)(*args, **kwargs)
        else:
            r = getattr(recv, method)(*args, **kwargs)
        if r is NotImplemented:
            return "NotImplemented"
        return "=" + repr(r)
    except Exception as e:
        return "!" + type(e).__name__ + ": " + str(e)


print("// <auto-generated> by generate_cases.py with CPython 3.12. Do not edit. </auto-generated>")
print("namespace Isolated.Tests.Strings;")
print()
print("static partial class StrCases")
print("{")
print("    public static readonly Case[] All =")
print("    [")
for recv, method, args, kwargs in CASES:
    expected = run(recv, method, args, kwargs)
    kw = "new (string, object?)[] {" + ", ".join(f"(\"{k}\", {lit(v)})" for k, v in kwargs.items()) + "}"
    print(f"        new({lit(recv)}, \"{method}\", new object?[] {{{', '.join(lit(a) for a in args)}}}, {kw}, {lit(expected)}),")
print("    ];")
print("}")
