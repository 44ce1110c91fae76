class A:
    def __repr__(self): return "A()"
class B(A):
    def __str__(self): return "B-str"
class C:
    def __str__(self): return "C-str"
print(A(), B(), [A(), B()], (B(),))
print(str(A()), repr(B()), f"{B()!r} {B()!s} {A()}")
print(C(), [C()].__len__())
class BadStr:
    def __str__(self): return 42
try:
    print(BadStr())
except TypeError as e:
    print("TypeError:", e)
