# expect: RecursionError
class C:
    def __call__(s): return s()
C()()
