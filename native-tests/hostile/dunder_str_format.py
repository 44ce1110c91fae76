# expect: RecursionError
class A:
    def __format__(self, spec):
        return format(self, spec)
f"{A():>10}"
