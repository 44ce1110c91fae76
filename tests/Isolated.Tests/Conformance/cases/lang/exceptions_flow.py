def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        if x == 1:
            return "one"
        r = 10 // (x - 2)
    except ValueError as e:
        return f"caught {e}"
    except ZeroDivisionError:
        return "div"
    else:
        return f"else {r}"
    finally:
        print("finally", x)
for i in range(4):
    print(f(i))
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
try:
    try:
        raise KeyError("k")
    finally:
        print("inner finally")
except LookupError as e:
    print("outer caught", type(e).__name__, e)
try:
    raise TypeError("a") from ValueError("b")
except TypeError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e:
    print("reraised", e)
e = None
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
