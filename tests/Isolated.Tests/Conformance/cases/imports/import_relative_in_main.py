try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .relative import x
except ImportError as e:
    print(type(e).__name__, e)
