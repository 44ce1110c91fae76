# expect: RecursionError
class I:
    def __iter__(s): return iter(s)
list(I())
