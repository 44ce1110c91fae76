# sys.setprofile: call/return for Python functions, c_call/c_return/c_exception for builtin
# functions and methods (a method descriptor reported bound), none for classes (CPython 3.12).
import sys


def show(frame, event, arg):
    if event.startswith("c_"):
        print(f"  {event:12} {arg.__qualname__ if hasattr(arg, '__qualname__') else arg}")
    elif frame.f_code.co_filename == __file__:
        print(f"  {event:12} {frame.f_code.co_name} {frame.f_lineno - frame.f_code.co_firstlineno}")


def helper(x):
    return x * 2


def work():
    n = len([1, 2, 3])
    s = sorted([3, 1])
    items = []
    items.append(helper(n))
    d = dict(a=1)
    try:
        int("x")
    except ValueError:
        pass
    try:
        divmod(1, 0)
    except ZeroDivisionError:
        pass
    return "abc".upper()


sys.setprofile(show)
work()
sys.setprofile(None)
print("getprofile after:", sys.getprofile())

# The profile function of one thread is its own; it survives a settrace of the other kind.
def other(frame, event, arg):
    return other


sys.setprofile(show)
sys.settrace(other)
print("both set:", sys.getprofile() is show, sys.gettrace() is other)
sys.settrace(None)
sys.setprofile(None)
print("both cleared:", sys.getprofile(), sys.gettrace())
