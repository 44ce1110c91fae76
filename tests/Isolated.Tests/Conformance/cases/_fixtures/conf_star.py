public_a = 1
public_b = "b"
_private = "p"
def func():
    return "func"
