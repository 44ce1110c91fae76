# expect: RecursionError
class S:
    def __setattr__(s, n, v): setattr(s, n, v)
S().x = 1
