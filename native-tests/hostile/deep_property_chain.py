# expect: RecursionError
class C:
    @property
    def p(s): return s.p
C().p
