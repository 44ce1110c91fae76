# str methods on Unicode text: case mapping, predicates, width/alignment, encode/decode errors, normalization-sensitive ops.
samples = ["hello", "Hello World", "ÉCOLE", "straße", "ǆemal", "İstanbul", "ﬁne", "Ωmega", "123", "١٢٣", "½", "  ", "", "a\tb", "Ⅻ"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.casefold(), s.swapcase(),
          s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isalnum(), s.isprintable())
print("straße".upper().lower(), "ß".casefold() == "ss", "ﬁ".upper(), len("İ".lower()), "Σσς".lower(), "ΌΣΟΣ".lower())
print("abc".center(9, "·"), "abc".ljust(6, "-"), "abc".rjust(6), "-42".zfill(6), "+7".zfill(4), "日本".center(6, "*"))
for enc, errors in [("ascii", "strict"), ("ascii", "ignore"), ("ascii", "replace"), ("ascii", "xmlcharrefreplace"), ("ascii", "backslashreplace"), ("latin-1", "replace")]:
    try:
        print(enc, errors, "café €5 😀".encode(enc, errors))
    except UnicodeEncodeError as e:
        print(enc, errors, "UnicodeEncodeError:", e.reason, e.start, e.end)
for data, errors in [(b"caf\xc3\xa9 \xff", "strict"), (b"caf\xc3\xa9 \xff", "replace"), (b"caf\xc3\xa9 \xff", "ignore"), (b"caf\xc3\xa9 \xff", "backslashreplace"), (b"\xed\xa0\x80", "surrogateescape")]:
    try:
        print(errors, repr(data.decode("utf-8", errors)))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError:", e)
print("😀".encode("utf-16-le"), "😀".encode("utf-32-be"), len("😀"), len("😀".encode()), "e\u0301" == "é", len("e\u0301"))
print("a,b;c d".replace(",", " ").replace(";", " ").split(), "x".join(["1", "2"]), "abcabc".replace("b", "B", 1), "aaa".count("aa"))
print("Hello".startswith(("He", "x")), "Hello".endswith("lo", 0, 5), "hello world".title(), "they're bill's".title(), "HELLO".istitle())
print("%s|%r|%a" % ("é", "é", "é"), str(b"bytes"), str(b"\xc3\xa9", "utf-8"), "é".encode("utf-8").hex(), ascii(["ü"]))
print("abc".translate({97: "A", 98: None}), "hello".maketrans("el", "ip"), "hello".translate(str.maketrans("el", "ip")))
print("\N{GREEK SMALL LETTER ALPHA}\N{SNOWMAN}", "\u00e9\U0001F600", "tab\tend".expandtabs(), "x\ny\r\nz".splitlines(), "x\ny\n".splitlines(True))
print(sorted(["éclair", "eclair", "Zebra", "apple", "Äpfel"]), sorted(["éclair", "eclair", "Zebra", "apple"], key=str.casefold))
print("removeprefix".removeprefix("remove"), "file.txt".removesuffix(".txt"), "  \t x \n".strip(), "xyxhixy".strip("xy"), "a-b-c".rpartition("-"))
print(max("apple"), min("Apple"), ord(max("αβγ")), "abc" * 0, "ab" in "cabd", "".join(sorted("hello", reverse=True)))
