# expect: RecursionError
class D:
    def __get__(s, o, t): return o.x
class C:
    x = D()
C().x
