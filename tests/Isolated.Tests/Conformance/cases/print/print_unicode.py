s = "héllo wörld — ñ 日本語 \U0001F600"
print(s)
print(len(s), repr(s))
print(ascii(s))
print("\x00\x07\x7f", repr("\x00\x07\x7f\u200b"))
print("é".encode("utf-8"), "€".upper(), "ß".upper())
