# expect: RecursionError
class C:
    def __contains__(s, x): return x in s
1 in C()
