# expect: RecursionError
class F:
    def __format__(self, spec):
        return format(self, spec)
format(F(), "x")
