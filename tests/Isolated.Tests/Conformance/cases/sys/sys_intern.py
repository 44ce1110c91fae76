import sys
a = "".join(["hello", " ", "world"])
b = "".join(["hello", " ", "wor", "ld"])
print(a == b, sys.intern(a) is sys.intern(b))
try:
    sys.intern(5)
except TypeError as e:
    print(e)
