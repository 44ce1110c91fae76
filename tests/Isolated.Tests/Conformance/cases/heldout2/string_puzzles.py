# String puzzles of the kind found in intro courses.
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]

def caesar(s, k):
    out = []
    for ch in s:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)

def anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return [g for g in groups.values() if len(g) > 1]

def rle(s):
    if not s:
        return ""
    out, prev, n = [], s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev, n = ch, 1
    out.append(f"{n}{prev}")
    return "".join(out)

def longest_common_prefix(ws):
    if not ws:
        return ""
    p = min(ws)
    q = max(ws)
    for i, (a, b) in enumerate(zip(p, q)):
        if a != b:
            return p[:i]
    return p

def pig_latin(sentence):
    def one(w):
        for i, c in enumerate(w):
            if c in "aeiouAEIOU":
                return w[i:] + w[:i] + ("way" if i == 0 else "ay")
        return w + "ay"
    return " ".join(one(w) for w in sentence.split())

for s in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""]:
    print(repr(s), is_palindrome(s))
msg = "Hello, World! xyz"
enc = caesar(msg, 3)
print(enc, "|", caesar(enc, -3))
print(anagrams(["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "dog"]))
print(rle("aaabccddddde"), rle(""), rle("x"))
print(repr(longest_common_prefix(["flower", "flow", "flight"])), repr(longest_common_prefix(["dog", "racecar"])))
print(pig_latin("the quick brown fox eats apples"))
word = "Mississippi"
print({c: word.count(c) for c in sorted(set(word))})
print(word.swapcase(), word.center(17, "*"), word.find("ss"), word.rfind("ss"), word.index("pp"))
print(word.replace("ss", "SS", 1), word.partition("ss"), word.rpartition("ss"))
print("-".join(reversed(word)), word[::2], word[-3:], word.title(), word.casefold())
print("ß".upper(), "ǅ".lower(), "ﬁ".upper(), "İ".lower().encode("utf-8"))
print(" a  b\tc\n".split(), "a,b,,c".split(","), "a,b,,c".split(",", 1), "  x ".strip(), "xxhixx".strip("x"))
print("%s has %d letters, %5.2f%% vowels" % (word, len(word), 100 * sum(c in "aeiou" for c in word.lower()) / len(word)))
print("{:>10}|{:<10}|{:^10}|".format("right", "left", "mid"))
print("abc".zfill(6), "-42".zfill(6), "3.5".rjust(6, "0"), "Tab\there".expandtabs(4))
print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz", "c")))
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print("".join(chr(c) for c in range(0x41, 0x47)), [ord(c) for c in "héllo"], "héllo".encode(), b"h\xc3\xa9llo".decode())
