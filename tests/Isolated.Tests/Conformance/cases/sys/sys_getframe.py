import sys
def inner():
    f = sys._getframe()
    caller = sys._getframe(1)
    return f.f_code.co_name, caller.f_code.co_name, f.f_back is caller, f.f_lineno
def outer():
    return inner()
print(outer())
print(sys._getframe().f_code.co_name, sys._getframe().f_globals is globals())
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)
