import unicodedata
words = ["Straße", "İstanbul", "ǅemal", "ﬁne", "ΣΊΣΥΦΟΣ", "Ñandú", "é", "e\u0301"]
for w in words:
    print(f"{w!r:14} upper={w.upper()!r:16} lower={w.lower()!r:16} casefold={w.casefold()!r:14} title={w.title()!r} swap={w.swapcase()!r} len={len(w)}")
print("é" == "e\u0301", unicodedata.normalize("NFC", "e\u0301") == "é", len(unicodedata.normalize("NFD", "é")))
for ch in "aZ9 ½²٣é€😀\t\u00a0\u2028":
    print(repr(ch), f"U+{ord(ch):04X}", unicodedata.name(ch, "?"), unicodedata.category(ch),
          ch.isalpha(), ch.isdigit(), ch.isdecimal(), ch.isnumeric(), ch.isspace(), ch.isprintable(), ch.isupper())
print(unicodedata.lookup("SNOWMAN"), "\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}\N{BLACK HEART SUIT}", unicodedata.numeric("½"), unicodedata.digit("٣"))
emoji = "I ❤ 🐍 and 🎉!"
print(len(emoji), emoji[2], emoji[4], emoji[::-1], emoji.encode("utf-8"), len(emoji.encode("utf-16-le")))
print([hex(ord(c)) for c in "😀🏳️‍🌈"], "😀".encode("utf-16"), ascii("naïve 😀"))
s = "The quick brown fox\tjumps\nover the lazy dog\r\nand\x0bmore\x1cfields\u2029end"
print(s.splitlines())
print(s.splitlines(keepends=True))
print("a\tbc\td\te".expandtabs(), "|", "a\tbc\td".expandtabs(4), "|", "12345678\t9".expandtabs(8))
print("42".zfill(6), "-42".zfill(6), "+3".zfill(4), "abc".zfill(2), "".zfill(3))
print("mid".center(10, "*"), "mid".center(9, "-"), "ab".center(5), "x".ljust(4, ".") + "|", "x".rjust(4, "0"))
print("hello world foo".title(), "they're bill's friends".title(), "hello   world".capitalize(), "ﬁrst".capitalize())
print("a,b,,c".split(","), "a b  c ".split(), "  lead".split(" "), "a,b,c".rsplit(",", 1), "a-b-c".split("-", maxsplit=1))
print("key=value=x".partition("="), "no-sep".partition("="), "a.b.c".rpartition("."), "abc".rpartition("z"))
print("Hello".find("l"), "Hello".rfind("l"), "Hello".find("z"), "Hello".index("lo"), "hello".count("l"), "aaaa".count("aa"), "".count(""), "abc".count(""))
print("-".join(["a", "b"]), "".join(reversed("stressed")), "x".join("abc"), ", ".join(map(str, range(5))))
print("Hello World".replace("o", "0"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "tic-tac".replace("t", "T", 1))
print("  strip me  ".strip(), "xxhixx".strip("x"), "www.example.com".lstrip("w."), "abc\n".rstrip(), "<<a>>".strip("<>"))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "abc".startswith("b", 1), "Python".isidentifier(), "2x".isidentifier(), "_".isidentifier())
print("ABC".isupper(), "aBc".islower(), "Title Case".istitle(), "   ".isspace(), "".isspace(), "abc123".isalnum(), "٣".isdigit())
tbl = str.maketrans({"a": "4", "e": "3", "o": None, "s": "$$"})
print("awesome sauce".translate(tbl), str.maketrans("ab", "xy", "c"))
print("%s|%r|%a" % ("ü", "ü", "ü"), repr("quote'\"both"), repr('single\''), repr("tab\tnl\nbs\\"), repr("\x00\x7f\x80\xff\u200b\U0001f600"))
print("Ab" < "a", "apple" < "apples", sorted(["banana", "Apple", "cherry", "apple"]), sorted(["banana", "Apple", "cherry"], key=str.lower))
print(max("hello"), min("hello"), sorted("hello"), "".join(sorted(set("mississippi"))), list(dict.fromkeys("mississippi")))
print("abcdefgh"[::2], "abcdefgh"[1::3], "abcdefgh"[-3:], "abcdefgh"[:-3], "abcdefgh"[5:1:-1], "abcdefgh"[100:], "abc"[-100:2])
print(str(b"bytes"), b"caf\xc3\xa9".decode(), "café".encode("latin-1"), "café".encode("ascii", "replace"), "café".encode("ascii", "xmlcharrefreplace"), b"\xff\xfe".decode("utf-8", "replace"))
print("ß".upper(), "ﬀ".upper(), "İ".lower(), len("İ".lower()), "ǈ".upper(), "ǈ".lower(), "ǈ".title(), "Σ".lower(), "ΑΣ".lower(), "ΑΣ Α".lower())
print(chr(0x1F600), ord("€"), chr(955), "\u00e9" == "é", "\x41", "\101", "\u0041", "\U00000041")
print("{:>5}|{:<5}|{:^5}".format("😀", "é", "e\u0301"))
print(f"{'abc':.2}", "%.2s" % "abc", "%5.1s|" % "abc", format("tronc", "^9.3"))
text = "one two three two one two"
from collections import Counter
print(Counter(text.split()).most_common(2), text.title().swapcase())
