for kwargs in ({"sep": 1}, {"end": 2}, {"bogus": 3}):
    try:
        print("x", **kwargs)
    except TypeError as e:
        print("TypeError:", e)
class NoWrite: pass
try:
    print("x", file=NoWrite())
except AttributeError as e:
    print("AttributeError:", e)
