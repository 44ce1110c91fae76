print(True and "x", False or "y", None or 0 or "", not [], not [0])
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 == True, "a" < "b" <= "b")
print(True + 1, True * 3, isinstance(True, int), bool("False"), bool(""))
def side(v):
    print("eval", v)
    return v
print(side(0) and side(1))
print(side(2) or side(3))
x = None
print(x is None, x is not None, [] is [], () == ())
print(1 if True else 2, "yes" if [] else "no")
