import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("boom")
except ValueError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, v is e, tb is e.__traceback__, sys.exception() is e)
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())
def f():
    return sys.exception()
try:
    1 / 0
except ZeroDivisionError:
    print(type(f()).__name__)
