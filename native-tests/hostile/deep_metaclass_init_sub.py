# expect: RecursionError
class B:
    def __init_subclass__(cls, **kw):
        type("X", (cls,), {})
class C(B): pass
